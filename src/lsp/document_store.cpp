#include "lsp/document_store.h"

#include <algorithm>

#include "lsp/uri.h"

namespace ecslint::lsp {

LspPosition positionMember(const Value& object, const char* name) {
  const Value& position = objectMember(object, name);
  const std::int64_t line = integerMember(position, "line");
  const std::int64_t character = integerMember(position, "character");
  if (line < 0 || character < 0 || line > UINT32_MAX || character > UINT32_MAX) {
    throw ProtocolError(error_code::kInvalidParams, "a position must hold two unsigned integers");
  }
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(character)};
}

OpenDocument& DocumentStore::open(std::string uri, std::string text, std::int64_t version,
                                  Clock::time_point now) {
  OpenDocument document;
  document.path = pathFromUri(uri);
  document.uri = uri;
  document.text = std::move(text);
  document.version = version;
  document.changedAt = now;
  auto& slot = documents_[std::move(uri)];
  slot = std::move(document);
  return slot;
}

void DocumentStore::change(OpenDocument& document, const Value& changes, std::int64_t version,
                           PositionEncoding encoding, Clock::time_point now) {
  if (!changes.IsArray())
    throw ProtocolError(error_code::kInvalidParams, "'contentChanges' must be an array");
  document.version = version;
  document.dirty = true;
  document.changedAt = now;
  for (const Value& change : changes.GetArray()) {
    const std::string_view replacement = stringMember(change, "text");
    const Value* range = optionalObject(change, "range");
    if (range == nullptr) {
      document.text.assign(replacement);
      continue;
    }
    std::uint32_t begin = offsetAt(document.text, positionMember(*range, "start"), encoding);
    std::uint32_t end = offsetAt(document.text, positionMember(*range, "end"), encoding);
    if (end < begin) std::swap(begin, end);
    document.text.replace(begin, end - begin, replacement);
  }
}

OpenDocument* DocumentStore::find(std::string_view uri) {
  const auto found = documents_.find(uri);
  return found == documents_.end() ? nullptr : &found->second;
}

}  // namespace ecslint::lsp
