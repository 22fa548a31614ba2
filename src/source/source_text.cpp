#include "source/source_text.h"

#include <algorithm>

namespace ecslint {

SourceText::SourceText(std::string name, std::string bytes)
    : name_(std::move(name)), bytes_(std::move(bytes)) {
  bom_ = bytes_.starts_with("\xEF\xBB\xBF");
  lineStarts_.push_back(0);
  // "\r\n", "\n" and a lone "\r" each end a line, as editors count them.
  const std::size_t n = bytes_.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = bytes_[i];
    if (c == '\n' || (c == '\r' && (i + 1 == n || bytes_[i + 1] != '\n'))) {
      lineStarts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
    ascii_ = ascii_ && static_cast<unsigned char>(c) < 0x80;
  }
  if (ascii_) return;
  // Checkpoints at sequence starts, decoding exactly as utf16Length does.
  std::uint32_t units = 0;
  std::uint32_t offset = 0;
  checkpoints_.push_back({0, 0});
  while (offset < n) {
    const std::uint32_t blockEnd =
        std::min<std::uint32_t>(static_cast<std::uint32_t>(n), offset + kCheckpointBytes);
    // Extend the block to the end of the sequence it splits (at most 3 continuation bytes).
    std::uint32_t end = blockEnd;
    while (end < n && end < blockEnd + 3 && (static_cast<unsigned char>(bytes_[end]) & 0xC0) == 0x80) ++end;
    units += utf16Length(std::string_view(bytes_).substr(offset, end - offset));
    offset = end;
    checkpoints_.push_back({offset, units});
  }
}

std::uint32_t SourceText::utf16UnitsBefore(std::uint32_t offset) const {
  const auto after =
      std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                       [](std::uint32_t value, const Checkpoint& c) { return value < c.offset; });
  const Checkpoint& from = *std::prev(after);  // checkpoints_[0] is {0, 0}
  return from.units + utf16Length(std::string_view(bytes_).substr(from.offset, offset - from.offset));
}

std::uint32_t SourceText::lineIndex(std::uint32_t offset) const {
  const auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  return static_cast<std::uint32_t>(it - lineStarts_.begin()) - 1;
}

Position SourceText::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(bytes_.size()));
  const std::uint32_t index = lineIndex(offset);
  std::uint32_t start = lineStarts_[index];
  // The BOM is not a character of the first line.
  if (index == 0 && bom_) start = std::min<std::uint32_t>(3, offset);
  if (ascii_) return Position{index + 1, offset - start + 1};
  if (offset - start <= 2 * kCheckpointBytes) {
    return Position{index + 1, utf16Length(std::string_view(bytes_).substr(start, offset - start)) + 1};
  }
  return Position{index + 1, utf16UnitsBefore(offset) - utf16UnitsBefore(start) + 1};
}

Region SourceText::region(ByteRange range) const {
  return Region{position(range.begin), position(std::max(range.begin, range.end))};
}

std::string_view SourceText::line(std::uint32_t line) const {
  if (line == 0 || line > lineStarts_.size()) return {};
  std::uint32_t start = lineStarts_[line - 1];
  if (line == 1 && bom_) start = std::min<std::uint32_t>(3, static_cast<std::uint32_t>(size()));
  std::uint32_t end =
      line < lineStarts_.size() ? lineStarts_[line] : static_cast<std::uint32_t>(bytes_.size());
  while (end > start && (bytes_[end - 1] == '\n' || bytes_[end - 1] == '\r')) --end;
  return std::string_view(bytes_).substr(start, end - start);
}

std::uint32_t utf16Length(std::string_view utf8) {
  std::uint32_t units = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    std::size_t length = 1;
    if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
    } else if (lead >= 0xE0) {
      length = 3;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    }
    if (lead >= 0xF5 || i + length > utf8.size()) length = 1;  // invalid: one unit per byte
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(utf8[i + k]) & 0xC0) != 0x80) length = 1;
    }
    units += length == 4 ? 2 : 1;  // a 4-byte sequence is a surrogate pair in UTF-16
    i += length;
  }
  return units;
}

}  // namespace ecslint
