#include "source/source_text.h"

#include <algorithm>
#include <cstring>

namespace ecslint {
namespace {

// The length of the UTF-8 sequence at `i` as columns count it: 1 for ASCII and for any byte that
// does not start a complete sequence (invalid bytes are one unit each).
std::size_t sequenceLength(std::string_view utf8, std::size_t i) {
  const auto lead = static_cast<unsigned char>(utf8[i]);
  std::size_t length = 1;
  if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
  } else if (lead >= 0xE0) {
    length = 3;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  }
  if (lead >= 0xF5 || i + length > utf8.size()) return 1;
  for (std::size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(utf8[i + k]) & 0xC0) != 0x80) return 1;
  }
  return length;
}

}  // namespace

SourceText::SourceText(std::string name, std::string bytes)
    : name_(std::move(name)), bytes_(std::move(bytes)) {
  bom_ = bytes_.starts_with("\xEF\xBB\xBF");
  lineStarts_.reserve(bytes_.size() / 32 + 16);  // pretty-printed task definitions: ~30 bytes a line
  lineStarts_.push_back(0);
  // "\r\n", "\n" and a lone "\r" each end a line, as editors count them. Files without a '\r'
  // (nearly all) are indexed with memchr, which is many times faster than a byte loop.
  const std::size_t n = bytes_.size();
  const char* const data = bytes_.data();
  if (std::memchr(data, '\r', n) == nullptr) {
    const char* const end = data + n;
    for (const char* at = data;
         const void* found = std::memchr(at, '\n', static_cast<std::size_t>(end - at));) {
      at = static_cast<const char*>(found) + 1;
      lineStarts_.push_back(static_cast<std::uint32_t>(at - data));
    }
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    const char c = bytes_[i];
    if (c == '\n' || (c == '\r' && (i + 1 == n || bytes_[i + 1] != '\n'))) {
      lineStarts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
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
  return Position{index + 1, utf16Units(start, offset) + 1};
}

std::uint32_t SourceText::utf16Units(std::uint32_t begin, std::uint32_t end) const {
  constexpr std::uint32_t kCountDirectly = 4096;
  if (end - begin <= kCountDirectly) return utf16Length(std::string_view(bytes_).substr(begin, end - begin));
  if (!multibyteIndexed_) indexMultibyteSequences();
  // Units saved by the sequences that end at or before `at`. `begin` is a line start, which is never
  // inside a sequence; a sequence cut by `end` counts one unit a byte, as utf16Length does.
  const auto savedBefore = [&](std::uint32_t at) -> std::uint32_t {
    const auto it = std::upper_bound(sequenceEnds_.begin(), sequenceEnds_.end(), at);
    return it == sequenceEnds_.begin()
               ? 0
               : savedUnits_[static_cast<std::size_t>(it - sequenceEnds_.begin()) - 1];
  };
  return (end - begin) - (savedBefore(end) - savedBefore(begin));
}

// Splits the text into sequences exactly as utf16Length does. Sequences never contain an ASCII
// byte, so splitting the whole text agrees with splitting any line of it.
void SourceText::indexMultibyteSequences() const {
  multibyteIndexed_ = true;
  std::uint32_t saved = 0;
  for (std::size_t i = 0; i < bytes_.size();) {
    const std::size_t length = sequenceLength(bytes_, i);
    i += length;
    if (length > 1) {
      saved += static_cast<std::uint32_t>(length) - (length == 4 ? 2 : 1);
      sequenceEnds_.push_back(static_cast<std::uint32_t>(i));
      savedUnits_.push_back(saved);
    }
  }
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
    const std::size_t length = sequenceLength(utf8, i);
    units += length == 4 ? 2 : 1;  // a 4-byte sequence is a surrogate pair in UTF-16
    i += length;
  }
  return units;
}

}  // namespace ecslint
