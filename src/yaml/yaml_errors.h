#pragma once
// What the YAML loader says when it cannot read a file: an error at a range inside the file, with a
// message a beginner can act on. libyaml's own problem text is kept (cfn-lint prints the same words,
// so they can be searched for), followed by what it usually means and how to fix it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "document/document.h"

namespace ecslint {

// The bytes of the character at `offset` (a whole UTF-8 sequence), empty at the end of the file.
ByteRange yamlCharacterAt(std::string_view bytes, std::uint32_t offset);

// Why the file is not UTF-8, or nothing: UTF-16 or UTF-32 (by byte-order mark, or by NUL bytes
// among the first two, as ASCII text in those encodings has), else the first byte that does not
// start a valid UTF-8 sequence. `start` is where the text begins, after a UTF-8 byte-order mark.
std::optional<DocumentError> yamlEncodingError(std::string_view bytes, std::uint32_t start);

// A character libyaml's reader refuses (a NUL byte, a control character, U+FFFE), at `offset`.
DocumentError yamlUnacceptableCharacter(std::string_view bytes, std::uint32_t offset,
                                        std::uint32_t codePoint);

// What libyaml was reading when it found a problem ("while parsing a block mapping"), and where.
struct YamlContext {
  std::string_view text;
  Position where;
};

// "YAML: <problem> (<context>)", then what the problem usually means at `offset`, if it is one of
// the common ones (a tab in indentation, keys out of line, an unclosed quote or bracket, a key
// longer than YAML's 1024 characters, a second document…); the error is at `range`.
DocumentError explainYamlProblem(std::string_view problem, const std::optional<YamlContext>& context,
                                 std::string_view bytes, std::uint32_t offset, ByteRange range);

}  // namespace ecslint
