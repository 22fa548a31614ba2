#pragma once
// LSP positions (0-based line, character in the negotiated unit) and byte offsets. LSP counts
// characters in UTF-16 code units unless client and server agree on UTF-8; lines end at "\r\n",
// "\n" or a lone "\r", as in SourceText.

#include <cstdint>
#include <string_view>

#include "source/source_text.h"

namespace ecslint::lsp {

enum class PositionEncoding { Utf16, Utf8 };

struct LspPosition {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  friend bool operator==(const LspPosition&, const LspPosition&) = default;
};

// The byte offset of `position` in `text`, clamped as the specification says: a line past the last
// means the end of the text, a character past the end of its line the end of that line (before
// its terminator); a character that falls inside a character (half of a surrogate pair, inside a
// UTF-8 sequence) means that character's start. Invalid UTF-8 bytes count one unit each.
std::uint32_t offsetAt(std::string_view text, LspPosition position, PositionEncoding encoding);

// The position of a byte offset of a linted file.
LspPosition positionAt(const SourceText& source, std::uint32_t offset, PositionEncoding encoding);

}  // namespace ecslint::lsp
