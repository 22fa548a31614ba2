#pragma once
// The documents the client has open: their text as the editor holds it (never the disk's), kept
// in step through full and incremental changes, and what the last lint of that text found.

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/file_report.h"
#include "lsp/json_rpc.h"
#include "lsp/positions.h"
#include "message/language.h"

namespace ecslint::lsp {

using Clock = std::chrono::steady_clock;

// What the last lint of a document produced. `report` is nullopt when the document is none of
// ecslint's business (other JSON and YAML), or when it could not be linted: `problem` then says
// why (a broken configuration, an internal error), in the document's language.
struct LintResult {
  std::optional<FileReport> report;
  std::string problem;
  std::int64_t version = 0;  // of the text it was linted on
  Language language = Language::English;
};

struct OpenDocument {
  std::string uri;
  std::optional<std::string> path;  // nullopt: not a file (untitled:)
  std::string text;
  std::int64_t version = 0;
  bool dirty = true;  // changed since the last lint
  Clock::time_point changedAt{};
  // Once a task definition or template, a document that stops parsing while it is edited still
  // gets its parse error (ECS001), even when the broken text no longer names what it holds.
  bool recognised = false;
  LintResult lint;
};

// A Position member of params (a change's range, a hover's position); ProtocolError when it is not
// two unsigned integers.
LspPosition positionMember(const Value& object, const char* name);

class DocumentStore {
 public:
  OpenDocument& open(std::string uri, std::string text, std::int64_t version, Clock::time_point now);
  // Applies textDocument/didChange's contentChanges in order; throws ProtocolError on a malformed
  // change (the document is then left as the changes before it made it).
  void change(OpenDocument& document, const Value& changes, std::int64_t version, PositionEncoding encoding,
              Clock::time_point now);
  void close(const std::string& uri) { documents_.erase(uri); }
  OpenDocument* find(std::string_view uri);
  std::map<std::string, OpenDocument, std::less<>>& all() { return documents_; }
  const std::map<std::string, OpenDocument, std::less<>>& all() const { return documents_; }

 private:
  std::map<std::string, OpenDocument, std::less<>> documents_;
};

}  // namespace ecslint::lsp
