#pragma once
// The JSON front end: a file's bytes as a Document, with positions, duplicate members and the
// Document's limits (depth, values), or why it could not be read (ECS001, ECS014, ECS015).
//
// One pass of RapidJSON's SAX reader over a copy of the bytes, in place; its events go straight
// into a DocumentBuilder, so node ids are pre-order and no RapidJSON DOM is built. Numbers keep
// their literal text, and RapidJSON's reading of them decides their kind: Integer when it reads an
// int or uint of up to 64 bits, Float when it reads a double (a fraction, an exponent, or an
// integer too large for 64 bits), which is what valijson, reading RapidJSON values, sees.

#include "document/document.h"
#include "support/result.h"

namespace ecslint {

Result<Document, DocumentError> loadJson(const SourceText& source,
                                         std::uint32_t maxValues = Document::kMaxValues);

}  // namespace ecslint
