#include "lsp/server.h"

#include <algorithm>

#include "lsp/diagnostics.h"
#include "lsp/document_lint.h"
#include "lsp/hover.h"
#include "lsp/uri.h"
#include "support/version.h"

namespace ecslint::lsp {
namespace {

constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;

bool validId(const Value& id) { return id.IsString() || id.IsInt64() || id.IsNull(); }

bool contains(const Value* array, std::string_view text) {
  if (array == nullptr || !array->IsArray()) return false;
  return std::any_of(array->Begin(), array->End(), [text](const Value& item) {
    return item.IsString() && std::string_view(item.GetString(), item.GetStringLength()) == text;
  });
}

}  // namespace

LanguageServer::LanguageServer(Write write) : write_(std::move(write)) {}

void LanguageServer::send(const std::string& message) {
  if (finished_) return;
  if (!write_(frame(message))) finished_ = true;
}

void LanguageServer::receive(std::string_view bytes, Clock::time_point now) {
  reader_.feed(bytes);
  while (!finished_) {
    std::optional<Frame> next = reader_.next();
    if (!next) return;
    switch (next->kind) {
      case Frame::Kind::Message:
        handle(next->body, now);
        break;
      case Frame::Kind::Problem:
        send(errorMessage(Value(rapidjson::kNullType), error_code::kInvalidRequest, next->body));
        break;
      case Frame::Kind::Fatal:
        send(errorMessage(Value(rapidjson::kNullType), error_code::kInvalidRequest, next->body));
        finished_ = true;
        exitCode_ = 1;
        break;
    }
  }
}

void LanguageServer::endOfInput() { finished_ = true; }

void LanguageServer::handle(std::string_view body, Clock::time_point now) {
  rapidjson::Document message;
  const Value null(rapidjson::kNullType);
  if (message.Parse<kParseFlags>(body.data(), body.size()).HasParseError()) {
    send(errorMessage(null, error_code::kParseError, "the message is not valid JSON (UTF-8)"));
    return;
  }
  if (!message.IsObject()) {
    send(errorMessage(null, error_code::kInvalidRequest, "a message must be a JSON object"));
    return;
  }
  const auto idMember = message.FindMember("id");
  const bool isRequest = idMember != message.MemberEnd();
  const Value& id = isRequest && validId(idMember->value) ? idMember->value : null;
  const auto version = message.FindMember("jsonrpc");
  const auto methodMember = message.FindMember("method");
  const auto paramsMember = message.FindMember("params");
  const bool wellFormed =
      version != message.MemberEnd() && version->value.IsString() &&
      std::string_view(version->value.GetString(), version->value.GetStringLength()) == "2.0" &&
      (!isRequest || validId(idMember->value)) &&
      (paramsMember == message.MemberEnd() || paramsMember->value.IsObject() ||
       paramsMember->value.IsArray());
  if (methodMember == message.MemberEnd() && isRequest && wellFormed) return;  // a response to our request
  if (!wellFormed || methodMember == message.MemberEnd() || !methodMember->value.IsString()) {
    send(errorMessage(id, error_code::kInvalidRequest, "not a JSON-RPC 2.0 request or notification"));
    return;
  }
  const std::string_view method(methodMember->value.GetString(), methodMember->value.GetStringLength());
  Value emptyParams(rapidjson::kObjectType);
  const Value& params = paramsMember == message.MemberEnd() ? emptyParams : paramsMember->value;

  if (!isRequest) {
    try {
      notification(method, params, now);
    } catch (const std::exception&) {
      // A malformed notification cannot be answered (JSON-RPC): it is dropped, and serving goes on.
    }
    return;
  }
  rapidjson::Document reply;
  try {
    if (state_ == State::Starting && method != "initialize") {
      throw ProtocolError(error_code::kServerNotInitialized, "the server is not initialized yet");
    }
    if (state_ == State::ShuttingDown)
      throw ProtocolError(error_code::kInvalidRequest, "the server is shutting down");
    Value result = request(method, params, reply.GetAllocator());
    send(responseMessage(id, result, reply.GetAllocator()));
  } catch (const ProtocolError& error) {
    send(errorMessage(id, error.code(), error.what()));
  } catch (const std::exception& error) {
    send(errorMessage(id, error_code::kInternalError, std::string("internal error: ") + error.what()));
  }
}

Value LanguageServer::request(std::string_view method, const Value& params, Allocator& allocator) {
  if (method == "initialize") {
    if (state_ != State::Starting)
      throw ProtocolError(error_code::kInvalidRequest, "initialize was already sent");
    return initialize(params, allocator);
  }
  if (method == "shutdown") {
    state_ = State::ShuttingDown;
    return Value(rapidjson::kNullType);
  }
  if (method == "textDocument/codeAction") return codeAction(params, allocator);
  if (method == "textDocument/hover") return hover(params, allocator);
  if (method == "textDocument/diagnostic") return pullDiagnostics(params, allocator);
  throw ProtocolError(error_code::kMethodNotFound, "no method " + std::string(method));
}

void LanguageServer::notification(std::string_view method, const Value& params, Clock::time_point now) {
  if (method == "exit") {
    finished_ = true;
    exitCode_ = state_ == State::ShuttingDown ? 0 : 1;
    return;
  }
  if (state_ != State::Running) return;  // before initialize and after shutdown, only exit counts
  if (method == "initialized") {
    registerWatchers();
  } else if (method == "textDocument/didOpen") {
    const Value& item = objectMember(params, "textDocument");
    OpenDocument& document =
        documents_.open(std::string(stringMember(item, "uri")), std::string(stringMember(item, "text")),
                        integerMember(item, "version"), now);
    lintNow(document);
  } else if (method == "textDocument/didChange") {
    if (OpenDocument* document = knownDocument(params)) {
      const std::int64_t version = integerMember(objectMember(params, "textDocument"), "version");
      const auto changes = params.FindMember("contentChanges");
      if (changes == params.MemberEnd()) throw ProtocolError(error_code::kInvalidParams, "no contentChanges");
      documents_.change(*document, changes->value, version, encoding_, now);
    }
  } else if (method == "textDocument/didSave") {
    if (OpenDocument* document = knownDocument(params)) {
      if (document->path && isConfigurationPath(*document->path)) {
        configurationChanged();
      } else if (document->dirty) {
        lintNow(*document);
      }
    }
  } else if (method == "textDocument/didClose") {
    const std::string uri(stringMember(objectMember(params, "textDocument"), "uri"));
    documents_.close(uri);
    publishEmpty(uri);
  } else if (method == "workspace/didChangeConfiguration") {
    configurationChanged();
  } else if (method == "workspace/didChangeWatchedFiles") {
    const Value* changes = optionalArray(params, "changes");
    const bool configuration =
        changes != nullptr && std::any_of(changes->Begin(), changes->End(), [](const Value& c) {
          const auto path = pathFromUri(stringMember(c, "uri"));
          return path && isConfigurationPath(*path);
        });
    if (configuration) configurationChanged();
  }
  // Other notifications ($/cancelRequest, $/setTrace, ...) need nothing from this server.
}

Value LanguageServer::initialize(const Value& params, Allocator& allocator) {
  Language language = Language::English;
  if (const auto locale = optionalString(params, "locale"))
    language = parseLanguage(*locale).value_or(language);
  workspace_.emplace(language);
  const Value* capabilities = optionalObject(params, "capabilities");
  const Value none(rapidjson::kObjectType);
  const Value& client = capabilities != nullptr ? *capabilities : none;
  if (contains(nested(client, {"general", "positionEncodings"}), "utf-8")) encoding_ = PositionEncoding::Utf8;
  editCapabilities_.documentChanges = flag(client, {"workspace", "workspaceEdit", "documentChanges"});
  editCapabilities_.createFiles =
      contains(nested(client, {"workspace", "workspaceEdit", "resourceOperations"}), "create");
  pullDiagnostics_ = nested(client, {"textDocument", "diagnostic"}) != nullptr;
  refreshDiagnostics_ = flag(client, {"workspace", "diagnostics", "refreshSupport"});
  registerWatchers_ = flag(client, {"workspace", "didChangeWatchedFiles", "dynamicRegistration"});
  state_ = State::Running;

  Value sync(rapidjson::kObjectType);
  sync.AddMember("openClose", true, allocator);
  sync.AddMember("change", 2, allocator);  // incremental
  Value save(rapidjson::kObjectType);
  save.AddMember("includeText", false, allocator);
  sync.AddMember("save", save, allocator);
  Value kinds(rapidjson::kArrayType);
  kinds.PushBack("quickfix", allocator);
  kinds.PushBack(text(kFixAllKind, allocator), allocator);
  Value codeActions(rapidjson::kObjectType);
  codeActions.AddMember("codeActionKinds", kinds, allocator);
  Value server(rapidjson::kObjectType);
  server.AddMember("positionEncoding",
                   text(encoding_ == PositionEncoding::Utf8 ? "utf-8" : "utf-16", allocator), allocator);
  server.AddMember("textDocumentSync", sync, allocator);
  server.AddMember("codeActionProvider", codeActions, allocator);
  server.AddMember("hoverProvider", true, allocator);
  if (pullDiagnostics_) {
    Value diagnostics(rapidjson::kObjectType);
    diagnostics.AddMember("identifier", "ecslint", allocator);
    diagnostics.AddMember("interFileDependencies", false, allocator);
    diagnostics.AddMember("workspaceDiagnostics", false, allocator);
    server.AddMember("diagnosticProvider", diagnostics, allocator);
  }
  Value info(rapidjson::kObjectType);
  info.AddMember("name", "ecslint", allocator);
  info.AddMember("version", text(kVersion, allocator), allocator);
  Value result(rapidjson::kObjectType);
  result.AddMember("capabilities", server, allocator);
  result.AddMember("serverInfo", info, allocator);
  return result;
}

// A changed .ecslint.json re-lints the open documents; the client reports changes to the files it
// is asked to watch.
void LanguageServer::registerWatchers() {
  if (!registerWatchers_) return;
  rapidjson::Document message;
  Allocator& allocator = message.GetAllocator();
  Value watcher(rapidjson::kObjectType);
  watcher.AddMember("globPattern", "**/.ecslint.json", allocator);
  Value watchers(rapidjson::kArrayType);
  watchers.PushBack(watcher, allocator);
  Value options(rapidjson::kObjectType);
  options.AddMember("watchers", watchers, allocator);
  Value registration(rapidjson::kObjectType);
  registration.AddMember("id", "ecslint-configuration", allocator);
  registration.AddMember("method", "workspace/didChangeWatchedFiles", allocator);
  registration.AddMember("registerOptions", options, allocator);
  Value registrations(rapidjson::kArrayType);
  registrations.PushBack(registration, allocator);
  Value params(rapidjson::kObjectType);
  params.AddMember("registrations", registrations, allocator);
  send(requestMessage(nextRequestId_++, "client/registerCapability", params, allocator));
}

void LanguageServer::configurationChanged() {
  workspace_->reload();
  for (auto& [uri, document] : documents_.all()) {
    document.dirty = true;
    if (!pullDiagnostics_) lintNow(document);
  }
  if (pullDiagnostics_ && refreshDiagnostics_) {
    rapidjson::Document message;
    Value params(rapidjson::kNullType);
    send(requestMessage(nextRequestId_++, "workspace/diagnostic/refresh", params, message.GetAllocator()));
  }
}

OpenDocument* LanguageServer::knownDocument(const Value& params) {
  return documents_.find(stringMember(objectMember(params, "textDocument"), "uri"));
}

OpenDocument& LanguageServer::documentOf(const Value& params) {
  OpenDocument* document = knownDocument(params);
  if (document == nullptr) throw ProtocolError(error_code::kInvalidParams, "the document is not open");
  ensureLinted(*document);
  return *document;
}

Value LanguageServer::codeAction(const Value& params, Allocator& allocator) {
  OpenDocument& document = documentOf(params);
  const Value& range = objectMember(params, "range");
  CodeActionRequest request;
  request.range = {offsetAt(document.text, positionMember(range, "start"), encoding_),
                   offsetAt(document.text, positionMember(range, "end"), encoding_)};
  if (request.range.end < request.range.begin) std::swap(request.range.begin, request.range.end);
  if (const Value* context = optionalObject(params, "context")) {
    if (const Value* only = optionalArray(*context, "only")) {
      for (const Value& kind : only->GetArray()) {
        if (kind.IsString()) request.only.emplace_back(kind.GetString(), kind.GetStringLength());
      }
    }
  }
  const DocumentSettings settings = workspace_->settingsFor(document.path);
  if (settings.config != nullptr) {
    if (const OpenDocument* config = documents_.find(uriFromPath(settings.config->path()))) {
      request.configurationEditable = config->text == settings.config->source->bytes();
    }
  }
  return codeActions(document, settings, request, encoding_, editCapabilities_, allocator);
}

Value LanguageServer::hover(const Value& params, Allocator& allocator) {
  OpenDocument& document = documentOf(params);
  const std::uint32_t offset = offsetAt(document.text, positionMember(params, "position"), encoding_);
  return hoverValue(document.lint, offset, encoding_, allocator);
}

Value LanguageServer::pullDiagnostics(const Value& params, Allocator& allocator) {
  OpenDocument& document = documentOf(params);
  Value report(rapidjson::kObjectType);
  report.AddMember("kind", "full", allocator);
  report.AddMember("items", diagnosticsValue(document.lint, document.uri, encoding_, allocator), allocator);
  return report;
}

void LanguageServer::lintNow(OpenDocument& document) {
  lintDocument(document, *workspace_);
  publish(document);
}

void LanguageServer::ensureLinted(OpenDocument& document) {
  if (document.dirty) lintNow(document);
}

void LanguageServer::publish(const OpenDocument& document) {
  if (pullDiagnostics_) return;
  rapidjson::Document message;
  Allocator& allocator = message.GetAllocator();
  Value params(rapidjson::kObjectType);
  params.AddMember("uri", text(document.uri, allocator), allocator);
  params.AddMember("version", document.lint.version, allocator);
  params.AddMember("diagnostics", diagnosticsValue(document.lint, document.uri, encoding_, allocator),
                   allocator);
  send(notificationMessage("textDocument/publishDiagnostics", params, allocator));
}

void LanguageServer::publishEmpty(const std::string& uri) {
  if (pullDiagnostics_) return;
  rapidjson::Document message;
  Allocator& allocator = message.GetAllocator();
  Value params(rapidjson::kObjectType);
  params.AddMember("uri", text(uri, allocator), allocator);
  params.AddMember("diagnostics", Value(rapidjson::kArrayType), allocator);
  send(notificationMessage("textDocument/publishDiagnostics", params, allocator));
}

void LanguageServer::lintDue(Clock::time_point now) {
  if (pullDiagnostics_ || finished_) return;
  for (auto& [uri, document] : documents_.all()) {
    if (document.dirty && document.changedAt + kQuietTime <= now) lintNow(document);
  }
}

std::optional<Clock::time_point> LanguageServer::nextLintAt() const {
  if (pullDiagnostics_) return std::nullopt;
  std::optional<Clock::time_point> next;
  for (const auto& [uri, document] : documents_.all()) {
    if (document.dirty && (!next || document.changedAt + kQuietTime < *next))
      next = document.changedAt + kQuietTime;
  }
  return next;
}

}  // namespace ecslint::lsp
