#pragma once
// JSON written inside a JSON string: Terraform's `container_definitions` is a JSON-encoded string in
// a plan (`"[{\"cpu\":10,...}]"`). Its decoded text is parsed as JSON of its own, and every position
// in it is mapped back through the string's escapes to the bytes of the file that holds the string,
// so a finding about `"hostPort":80` inside it points at `\"hostPort\":80` in the file.

#include <cstdint>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "support/result.h"

namespace ecslint {

class DocumentBuilder;

// Decoded byte offsets of one JSON string literal -> the source bytes that produced them.
//
// Why this representation: a decoded byte comes either from one source byte copied as it is
// (ASCII, or a byte of a raw UTF-8 character) or from an escape, whose source bytes (2 for `\n`, 6
// for `\u00e9`, 12 for a surrogate pair) produce 1 to 4 decoded bytes together. Between escapes,
// decoded and source offsets differ by a constant. So only the escapes are stored, in decoded
// order, and a lookup is a binary search for the last escape at or before the byte: memory linear
// in the number of escapes (12 bytes each, none for a string without escapes), never four bytes
// per decoded byte as a plain offset table would take for a megabyte-long container_definitions,
// and O(log escapes) per lookup. A parse asks for spans in increasing order, so a lookup first tries
// the escapes just after the last one found, and is O(1) then (the binary search, on a plan whose
// container JSON has an escaped quote every few bytes, was a third of building its view).
class EscapedStringMap {
 public:
  // `source`: the file's bytes; `literal`: the string's span in them, quotes included (a
  // Document's span of a JSON string). A span that is not a string literal maps as best it can
  // and never reads outside `source`.
  EscapedStringMap(std::string_view source, ByteRange literal);

  // The source bytes that produced the decoded bytes [begin, end): from the start of the source
  // text of byte `begin` to the end of the source text of byte `end - 1` (a whole escape when a
  // byte came from one). An empty range maps to the empty range at its byte's source start (the
  // closing quote at the end of the string). Offsets past the decoded size are clamped to it.
  ByteRange sourceRange(ByteRange decoded) const;
  // How many bytes the literal decodes to.
  std::uint32_t decodedSize() const { return decodedSize_; }

 private:
  struct Escape {
    std::uint32_t decodedBegin;
    std::uint32_t sourceBegin;
    std::uint8_t decodedSize;  // 1 to 4
    std::uint8_t sourceSize;   // 2, 6 or 12
  };
  // The source range of decoded byte `at` (< decodedSize_).
  ByteRange producing(std::uint32_t at) const;

  std::vector<Escape> escapes_;
  // The first escape after the last byte looked up: a cache (a map serves one parse at a time, in
  // one thread), so lookups stay const.
  mutable std::size_t next_ = 0;
  std::uint32_t contentBegin_ = 0;  // just after the opening quote
  std::uint32_t contentEnd_ = 0;    // the closing quote
  std::uint32_t decodedSize_ = 0;
};

// Parses `decoded` (the decoded text of the string `map` describes) as JSON into `builder`, which
// is in the middle of building a document: the value becomes its next node (the value of a pending
// key, or an element). Every span and key span is mapped through `map` to source bytes. Returns
// the value's NodeId, or why the text is not JSON (ECS001), nests too deep (ECS014) or has too many
// values (ECS015, `maxValues` counting every node of the builder's document): the same messages
// as loadJson's, with the range in source bytes at the character they name. After an error the
// builder holds a partial value: restore a DocumentBuilder::Checkpoint taken before the call.
Result<NodeId, DocumentError> loadEmbeddedJson(DocumentBuilder& builder, std::string_view decoded,
                                               const EscapedStringMap& map,
                                               std::uint32_t maxValues = Document::kMaxValues);

}  // namespace ecslint
