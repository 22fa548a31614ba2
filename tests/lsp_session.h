#pragma once
// A language server in process for the tests: bytes in, the messages it wrote out (parsed), and a
// clock the test moves by hand, so debouncing is tested without sleeping.

#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>
#include <string_view>
#include <vector>

#include "lsp/framing.h"
#include "lsp/server.h"
#include "test_support.h"

namespace ecslint::test {

using Json = rapidjson::Document;

// `text` as a JSON string literal.
inline std::string jsonQuoted(std::string_view text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return buffer.GetString();
}

inline std::string jsonText(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return buffer.GetString();
}

// Every message in `bytes` (framed), parsed.
inline std::vector<Json> parseFramed(std::string_view bytes) {
  lsp::MessageReader reader;
  reader.feed(bytes);
  std::vector<Json> messages;
  while (auto frame = reader.next()) {
    REQUIRE(frame->kind == lsp::Frame::Kind::Message);
    Json& message = messages.emplace_back();
    message.Parse(frame->body.c_str());
    REQUIRE_FALSE(message.HasParseError());
  }
  CHECK(reader.buffered() == 0);
  return messages;
}

inline std::string str(const rapidjson::Value& value) { return {value.GetString(), value.GetStringLength()}; }

// A task definition with one finding, ECS101 (hostPort 8080 against containerPort 80), on line 10.
inline std::string hostPortMismatchTask() {
  std::string text = kCleanTask;
  const std::string anchor = "\"name\": \"web\",\n";
  text.insert(text.find(anchor) + anchor.size(),
              "    \"portMappings\": [{\"containerPort\": 80, \"hostPort\": 8080}],\n");
  return text;
}

class LspSession {
 public:
  LspSession()
      : server_([this](std::string_view framed) {
          written_.append(framed);
          return true;
        }) {}

  lsp::LanguageServer& server() { return server_; }
  lsp::Clock::time_point now() const { return now_; }

  void sendBytes(std::string_view bytes) { server_.receive(bytes, now_); }
  void send(const std::string& json) { sendBytes(lsp::frame(json)); }
  void notify(const std::string& method, const std::string& params = "{}") {
    send(R"({"jsonrpc":"2.0","method":")" + method + R"(","params":)" + params + "}");
  }
  // Sends a request and returns its response; other messages wait in `pending`.
  Json request(const std::string& method, const std::string& params = "{}") {
    const int id = nextId_++;
    send(R"({"jsonrpc":"2.0","id":)" + std::to_string(id) + R"(,"method":")" + method + R"(","params":)" +
         params + "}");
    Json response;
    for (Json& message : take()) {
      if (message.HasMember("id") && message["id"].IsInt() && message["id"].GetInt() == id &&
          !message.HasMember("method")) {
        response = std::move(message);
      } else {
        pending.push_back(std::move(message));
      }
    }
    REQUIRE_MESSAGE(response.IsObject(), "no response to " << method);
    return response;
  }
  // Every message written since the last take().
  std::vector<Json> take() {
    std::vector<Json> messages = parseFramed(written_);
    written_.clear();
    return messages;
  }
  // The publishDiagnostics notifications written since the last call (pending ones included).
  std::vector<Json> published() {
    std::vector<Json> all = take();
    for (Json& message : pending) all.push_back(std::move(message));
    pending.clear();
    std::vector<Json> diagnostics;
    for (Json& message : all) {
      if (message.HasMember("method") && str(message["method"]) == "textDocument/publishDiagnostics") {
        diagnostics.push_back(std::move(message));
      }
    }
    return diagnostics;
  }
  // The rule ids (in order) of the one publication expected since the last call.
  std::string publishedRules() {
    std::vector<Json> diagnostics = published();
    REQUIRE(diagnostics.size() == 1);
    std::string rules;
    for (const auto& diagnostic : diagnostics[0]["params"]["diagnostics"].GetArray()) {
      if (!rules.empty()) rules += ',';
      rules += diagnostic.HasMember("code") ? str(diagnostic["code"]) : "-";
    }
    return rules;
  }
  void advance(int milliseconds) {
    now_ += std::chrono::milliseconds(milliseconds);
    server_.lintDue(now_);
  }

  Json initialize(const std::string& capabilities = "{}", const std::string& extra = "") {
    Json response = request(
        "initialize", R"({"processId":null,"rootUri":null,"capabilities":)" + capabilities + extra + "}");
    notify("initialized");
    return response;
  }
  void open(const std::string& uri, const std::string& text, int version = 1) {
    notify("textDocument/didOpen", R"({"textDocument":{"uri":)" + jsonQuoted(uri) +
                                       R"(,"languageId":"json","version":)" + std::to_string(version) +
                                       R"(,"text":)" + jsonQuoted(text) + "}}");
  }
  // An incremental change replacing (line, character)..(line, character) with `text`.
  void change(const std::string& uri, int version, int startLine, int startCharacter, int endLine,
              int endCharacter, const std::string& text) {
    notify("textDocument/didChange",
           R"({"textDocument":{"uri":)" + jsonQuoted(uri) + R"(,"version":)" + std::to_string(version) +
               R"(},"contentChanges":[{"range":{"start":{"line":)" + std::to_string(startLine) +
               R"(,"character":)" + std::to_string(startCharacter) + R"(},"end":{"line":)" +
               std::to_string(endLine) + R"(,"character":)" + std::to_string(endCharacter) + R"(}},"text":)" +
               jsonQuoted(text) + "}]}");
  }

  std::vector<Json> pending;

 private:
  std::string written_;
  lsp::LanguageServer server_;
  lsp::Clock::time_point now_{};
  int nextId_ = 1;
};

}  // namespace ecslint::test
