#pragma once
// The language server's core: bytes in (receive), framed messages out (the Write function), and
// the time passed in, so that tests drive it in process without threads, stdio or sleeping
// (stdio_server.h wires it to file descriptors and a poll() loop).
//
// Debouncing: a didChange only marks its document dirty; lintDue() lints the documents that have
// had no change for kQuietTime, so a burst of edits is linted once, on the newest text, and the
// diagnostics carry that text's version. didOpen and didSave lint at once; a request that needs
// the findings (codeAction, hover, pull diagnostics) lints a dirty document first.

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "lsp/code_actions.h"
#include "lsp/document_store.h"
#include "lsp/framing.h"
#include "lsp/json_rpc.h"
#include "lsp/workspace.h"

namespace ecslint::lsp {

class LanguageServer {
 public:
  // Writes one framed message; false when the client is gone (the server then finishes).
  using Write = std::function<bool(std::string_view framed)>;
  static constexpr std::chrono::milliseconds kQuietTime{150};

  explicit LanguageServer(Write write);

  void receive(std::string_view bytes, Clock::time_point now);
  // Standard input closed: the client is gone, so the server finishes (status 0).
  void endOfInput();
  // Lints, and publishes, the dirty documents that have been quiet for kQuietTime by `now`.
  void lintDue(Clock::time_point now);
  // When lintDue() next has work (nullopt: none waiting).
  std::optional<Clock::time_point> nextLintAt() const;

  bool finished() const { return finished_; }
  int exitCode() const { return exitCode_; }
  const DocumentStore& documents() const { return documents_; }

 private:
  enum class State { Starting, Running, ShuttingDown };

  void handle(std::string_view body, Clock::time_point now);
  Value request(std::string_view method, const Value& params, Allocator& allocator);
  void notification(std::string_view method, const Value& params, Clock::time_point now);

  Value initialize(const Value& params, Allocator& allocator);
  void registerWatchers();
  Value codeAction(const Value& params, Allocator& allocator);
  Value hover(const Value& params, Allocator& allocator);
  Value pullDiagnostics(const Value& params, Allocator& allocator);
  void configurationChanged();

  OpenDocument& documentOf(const Value& params);
  OpenDocument* knownDocument(const Value& params);
  void lintNow(OpenDocument& document);
  void ensureLinted(OpenDocument& document);
  void publish(const OpenDocument& document);
  void publishEmpty(const std::string& uri);
  void send(const std::string& message);

  Write write_;
  MessageReader reader_;
  DocumentStore documents_;
  std::optional<Workspace> workspace_;
  State state_ = State::Starting;
  PositionEncoding encoding_ = PositionEncoding::Utf16;
  EditCapabilities editCapabilities_;
  bool pullDiagnostics_ = false;     // the client asks for diagnostics (textDocument/diagnostic)
  bool refreshDiagnostics_ = false;  // ... and can be told to ask again
  bool registerWatchers_ = false;    // the client watches files the server names
  std::int64_t nextRequestId_ = 1;
  bool finished_ = false;
  int exitCode_ = 0;
};

}  // namespace ecslint::lsp
