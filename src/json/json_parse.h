#pragma once
// The one JSON parse routine behind loadJson (a file) and loadEmbeddedJson (JSON inside a JSON
// string): RapidJSON's SAX reader over bytes parsed in place, its events turned into nodes of a
// DocumentBuilder with the Document's limits. The two differ only in where spans point, which is
// the routine's span policy: the identity for a file, the string's escape map for embedded JSON.
// Internal to json/.

#include <cstdint>
#include <string_view>

#include "document/document.h"
#include "support/result.h"

namespace ecslint {

class DocumentBuilder;
class EscapedStringMap;

// Spans are byte offsets in the parsed text itself.
struct IdentitySpans {};

// Parses `size` bytes at `bytes` (NUL-terminated, rewritten in place; parsing starts at `start`)
// into `builder`; `original` is the same text before in-place parsing rewrites it. Returns the
// value's NodeId, or the error with its range mapped by the policy.
Result<NodeId, DocumentError> parseJsonInto(DocumentBuilder& builder, char* bytes, std::size_t size,
                                            std::uint32_t start, std::string_view original,
                                            std::uint32_t maxValues, const IdentitySpans& spans);
Result<NodeId, DocumentError> parseJsonInto(DocumentBuilder& builder, char* bytes, std::size_t size,
                                            std::uint32_t start, std::string_view original,
                                            std::uint32_t maxValues, const EscapedStringMap& spans);

}  // namespace ecslint
