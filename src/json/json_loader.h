#pragma once
// The JSON front end: a file's bytes as a Document, with positions, duplicate members and the
// limits of JsonDocument (depth, values), and its errors (ECS001, ECS014, ECS015).

#include "document/document.h"
#include "support/result.h"

namespace ecslint {

Result<Document, DocumentError> loadJson(const SourceText& source,
                                         std::uint32_t maxValues = Document::kMaxValues);

}  // namespace ecslint
