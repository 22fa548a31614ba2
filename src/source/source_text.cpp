#include "source/source_text.h"

#include <algorithm>
#include <cstring>

namespace ecslint {

SourceText::SourceText(std::string name, std::string bytes)
    : name_(std::move(name)), bytes_(std::move(bytes)) {
  bom_ = bytes_.starts_with("\xEF\xBB\xBF");
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
  const std::string_view prefix = std::string_view(bytes_).substr(start, offset - start);
  return Position{index + 1, utf16Length(prefix) + 1};
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
