#include "json/json_loader.h"

#include "json/json_document.h"
#include "json/json_to_document.h"

namespace ecslint {

Result<Document, DocumentError> loadJson(const SourceText& source, std::uint32_t maxValues) {
  auto parsed = JsonDocument::parse(source, maxValues);
  if (!parsed) return makeError(std::move(parsed.error()));
  return toDocument(*parsed);
}

}  // namespace ecslint
