#include "lsp/positions.h"

#include <algorithm>

namespace ecslint::lsp {
namespace {

// Bytes of the UTF-8 sequence a lead byte starts (1 for ASCII and for invalid bytes).
std::uint32_t sequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  return 1;
}

bool continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

std::uint32_t offsetAt(std::string_view text, LspPosition position, PositionEncoding encoding) {
  const auto size = static_cast<std::uint32_t>(text.size());
  std::uint32_t at = 0;
  for (std::uint32_t line = 0; line < position.line; ++line) {
    while (at < size && text[at] != '\n' && text[at] != '\r') ++at;
    if (at == size) return size;
    at += (text[at] == '\r' && at + 1 < size && text[at + 1] == '\n') ? 2u : 1u;
  }
  std::uint32_t units = 0;
  while (at < size && text[at] != '\n' && text[at] != '\r') {
    std::uint32_t length = sequenceLength(static_cast<unsigned char>(text[at]));
    // A truncated or broken sequence is its bytes, one unit each.
    for (std::uint32_t i = 1; i < length; ++i) {
      if (at + i >= size || !continuation(static_cast<unsigned char>(text[at + i]))) length = 1;
    }
    const std::uint32_t width = encoding == PositionEncoding::Utf8 ? length : (length == 4 ? 2 : 1);
    if (units + width > position.character) break;
    units += width;
    at += length;
  }
  return at;
}

LspPosition positionAt(const SourceText& source, std::uint32_t offset, PositionEncoding encoding) {
  offset = std::min(offset, static_cast<std::uint32_t>(source.size()));
  const Position position = source.position(offset);
  const std::uint32_t character =
      encoding == PositionEncoding::Utf8 ? offset - source.lineStartOf(offset) : position.column - 1;
  return {position.line - 1, character};
}

}  // namespace ecslint::lsp
