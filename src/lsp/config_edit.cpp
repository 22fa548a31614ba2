#include "lsp/config_edit.h"

#include <filesystem>

#include "json/json_loader.h"
#include "lsp/diagnostics.h"
#include "lsp/uri.h"

namespace ecslint::lsp {
namespace fs = std::filesystem;
namespace {

constexpr NodeId kRoot = 0;  // nodes are numbered in pre-order

std::string jsonString(std::string_view text) {
  std::string result = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') result += '\\';
    result += c;
  }
  return result + '"';
}

// The per_file_ignores key that names exactly `documentPath` under `directory`, or nullopt.
std::optional<std::string> keyFor(const std::string& documentPath, const fs::path& directory) {
  const std::string relative =
      fs::path(documentPath).lexically_normal().lexically_relative(directory).string();
  if (relative.empty() || relative.starts_with("..")) return std::nullopt;
  for (const char c : relative) {
    if (c == '*' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}' || c == '\\' || c == '#' ||
        static_cast<unsigned char>(c) < 0x20) {
      return std::nullopt;
    }
  }
  // A key with a '/' is matched against the path from the configuration's directory; one without
  // would match every file of that name.
  return relative.find('/') == std::string::npos ? "./" + relative : relative;
}

Value textEdit(const SourceText& source, std::uint32_t at, std::string_view newText,
               PositionEncoding encoding, Allocator& allocator) {
  Value edit(rapidjson::kObjectType);
  edit.AddMember("range", rangeValue(source, {at, at}, encoding, allocator), allocator);
  edit.AddMember("newText", text(newText, allocator), allocator);
  return edit;
}

// Where to insert, and what, in an existing configuration; nullopt when it cannot be done safely.
std::optional<std::pair<std::uint32_t, std::string>> insertion(const Config& config, const std::string& key,
                                                               std::string_view ruleId) {
  const auto document = loadJson(*config.source);
  if (!document || document->empty() || document->kind(kRoot) != NodeKind::Mapping) return std::nullopt;
  const auto afterOpening = [&](NodeId container, std::string text) {
    const bool empty = document->firstChild(container) == kNoNode;
    return std::pair{document->node(container).span.begin + 1, text + (empty ? "" : ", ")};
  };
  const std::string entry = jsonString(key) + ": [" + jsonString(ruleId) + "]";
  const NodeId ignores = document->member(kRoot, "per_file_ignores");
  if (ignores == kNoNode) return afterOpening(kRoot, "\"per_file_ignores\": {" + entry + "}");
  if (document->kind(ignores) != NodeKind::Mapping) return std::nullopt;
  const NodeId rules = document->member(ignores, key);
  if (rules == kNoNode) return afterOpening(ignores, entry);
  if (document->kind(rules) != NodeKind::Sequence) return std::nullopt;
  for (NodeId rule = document->firstChild(rules); rule != kNoNode; rule = document->nextSibling(rule)) {
    if (document->text(rule) == ruleId) return std::nullopt;
  }
  const NodeId first = document->firstChild(rules);
  const std::uint32_t at = document->node(rules).span.end - 1;  // the closing ']'
  return std::pair{at, std::string(first == kNoNode ? "" : ", ") + jsonString(ruleId)};
}

// Where a new configuration goes: the repository's root, where ConfigFinder stops looking.
fs::path newConfigDirectory(const std::string& documentPath) {
  const fs::path start = fs::path(documentPath).parent_path();
  std::error_code error;
  for (fs::path directory = start; !directory.empty(); directory = directory.parent_path()) {
    if (fs::exists(directory / ".git", error)) return directory;
    if (directory == directory.parent_path()) break;
  }
  return start;
}

}  // namespace

Value workspaceEdit(std::string_view uri, std::optional<std::int64_t> version, Value& edits,
                    const EditCapabilities& capabilities, Allocator& allocator) {
  Value edit(rapidjson::kObjectType);
  if (capabilities.documentChanges) {
    Value identifier(rapidjson::kObjectType);
    identifier.AddMember("uri", text(uri, allocator), allocator);
    if (version) {
      identifier.AddMember("version", *version, allocator);
    } else {
      identifier.AddMember("version", Value(rapidjson::kNullType), allocator);
    }
    Value change(rapidjson::kObjectType);
    change.AddMember("textDocument", identifier, allocator);
    change.AddMember("edits", edits, allocator);
    Value changes(rapidjson::kArrayType);
    changes.PushBack(change, allocator);
    edit.AddMember("documentChanges", changes, allocator);
  } else {
    Value changes(rapidjson::kObjectType);
    changes.AddMember(text(uri, allocator), edits, allocator);
    edit.AddMember("changes", changes, allocator);
  }
  return edit;
}

std::optional<Value> ignoreRuleEdit(const std::string& documentPath, const Config* config,
                                    std::string_view ruleId, const EditCapabilities& capabilities,
                                    PositionEncoding encoding, Allocator& allocator) {
  if (config != nullptr) {
    const auto key = keyFor(documentPath, config->directory);
    if (!key) return std::nullopt;
    const auto inserted = insertion(*config, *key, ruleId);
    if (!inserted) return std::nullopt;
    Value edits(rapidjson::kArrayType);
    edits.PushBack(textEdit(*config->source, inserted->first, inserted->second, encoding, allocator),
                   allocator);
    return workspaceEdit(uriFromPath(config->path()), std::nullopt, edits, capabilities, allocator);
  }
  if (!capabilities.documentChanges || !capabilities.createFiles) return std::nullopt;
  const fs::path directory = newConfigDirectory(documentPath);
  const auto key = keyFor(documentPath, directory);
  if (!key) return std::nullopt;
  const std::string uri = uriFromPath((directory / kConfigFileName).string());
  const std::string content =
      "{\n  \"per_file_ignores\": {\n    " + jsonString(*key) + ": [" + jsonString(ruleId) + "]\n  }\n}\n";
  Value create(rapidjson::kObjectType);
  create.AddMember("kind", "create", allocator);
  create.AddMember("uri", text(uri, allocator), allocator);
  Value options(rapidjson::kObjectType);
  options.AddMember("ignoreIfExists", true, allocator);
  create.AddMember("options", options, allocator);
  const SourceText empty(uri, "");
  Value edits(rapidjson::kArrayType);
  edits.PushBack(textEdit(empty, 0, content, encoding, allocator), allocator);
  Value edit = workspaceEdit(uri, std::nullopt, edits, capabilities, allocator);
  Value& changes = edit["documentChanges"];
  Value fill(changes[0], allocator);
  changes.Clear();
  changes.PushBack(create, allocator);
  changes.PushBack(fill, allocator);
  return edit;
}

}  // namespace ecslint::lsp
