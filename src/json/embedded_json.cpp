#include "json/embedded_json.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

#include "json/json_sax.h"

namespace ecslint {
namespace {

bool isHexDigit(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

// The UTF-16 unit of the four hex digits at `at`, or nullopt.
std::optional<unsigned> hexUnit(std::string_view text, std::size_t at) {
  if (at + 4 > text.size()) return std::nullopt;
  unsigned value = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    const char c = text[i];
    if (!isHexDigit(c)) return std::nullopt;
    value = value * 16 +
            (c <= '9' ? static_cast<unsigned>(c - '0') : static_cast<unsigned>((c | 0x20) - 'a') + 10);
  }
  return value;
}

std::uint8_t utf8Length(unsigned codePoint) {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

}  // namespace

EscapedStringMap::EscapedStringMap(std::string_view source, ByteRange literal) {
  const auto size = static_cast<std::uint32_t>(source.size());
  const std::uint32_t begin = std::min(literal.begin, size);
  const std::uint32_t end = std::clamp(literal.end, begin, size);
  // The quotes, when the span has them.
  contentBegin_ = begin < end && source[begin] == '"' ? begin + 1 : begin;
  contentEnd_ = end > contentBegin_ && source[end - 1] == '"' ? end - 1 : end;

  std::uint32_t decoded = 0;
  std::uint32_t at = contentBegin_;
  while (at < contentEnd_) {
    const char* const next =
        static_cast<const char*>(std::memchr(source.data() + at, '\\', contentEnd_ - at));
    if (next == nullptr) {
      decoded += contentEnd_ - at;  // copied as it is, raw UTF-8 included
      break;
    }
    const auto escape = static_cast<std::uint32_t>(next - source.data());
    decoded += escape - at;
    // The loader accepted the string, so its escapes are JSON's; anything else (a span that is not
    // a string) is read as a two-byte escape of one byte, which keeps offsets in bounds.
    std::uint8_t sourceSize = 2;
    std::uint8_t decodedSize = 1;
    if (escape + 1 < contentEnd_ && source[escape + 1] == 'u') {
      if (const auto unit = hexUnit(source.substr(0, contentEnd_), escape + 2)) {
        sourceSize = 6;
        unsigned codePoint = *unit;
        if (*unit >= 0xD800 && *unit <= 0xDBFF && escape + 7 < contentEnd_ && source[escape + 6] == '\\' &&
            source[escape + 7] == 'u') {
          const auto low = hexUnit(source.substr(0, contentEnd_), escape + 8);
          if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
            sourceSize = 12;
            codePoint = 0x10000 + ((*unit - 0xD800) << 10) + (*low - 0xDC00);
          }
        }
        decodedSize = utf8Length(codePoint);
      }
    }
    sourceSize = static_cast<std::uint8_t>(std::min<std::uint32_t>(sourceSize, contentEnd_ - escape));
    escapes_.push_back(Escape{decoded, escape, decodedSize, sourceSize});
    decoded += decodedSize;
    at = escape + sourceSize;
  }
  decodedSize_ = decoded;
}

ByteRange EscapedStringMap::producing(std::uint32_t at) const {
  // The first escape that starts after `at`, searched from the last one found: a parse asks in
  // increasing order, a few escapes on, so a short scan forward finds it; a binary search on the
  // side of it where `at` lies otherwise, so no lookup costs more than O(log escapes).
  const auto byOffset = [](std::uint32_t offset, const Escape& e) { return offset < e.decodedBegin; };
  const auto first = escapes_.begin();
  const std::size_t count = escapes_.size();
  std::size_t next = std::min(next_, count);
  if (next > 0 && at < escapes_[next - 1].decodedBegin) {
    next = static_cast<std::size_t>(
        std::upper_bound(first, first + static_cast<std::ptrdiff_t>(next), at, byOffset) - first);
  } else {
    const std::size_t stop = std::min(count, next + 16);
    while (next < stop && escapes_[next].decodedBegin <= at) ++next;
    if (next == stop && next < count && escapes_[next].decodedBegin <= at) {
      next = static_cast<std::size_t>(
          std::upper_bound(first + static_cast<std::ptrdiff_t>(next), escapes_.end(), at, byOffset) - first);
    }
  }
  next_ = next;
  if (next == 0) return ByteRange{contentBegin_ + at, contentBegin_ + at + 1};
  const Escape& escape = escapes_[next - 1];
  if (at < escape.decodedBegin + escape.decodedSize) {
    return ByteRange{escape.sourceBegin, escape.sourceBegin + escape.sourceSize};
  }
  const std::uint32_t source =
      escape.sourceBegin + escape.sourceSize + (at - escape.decodedBegin - escape.decodedSize);
  return ByteRange{source, source + 1};
}

ByteRange EscapedStringMap::sourceRange(ByteRange decoded) const {
  const std::uint32_t begin = std::min(decoded.begin, decodedSize_);
  const std::uint32_t end = std::clamp(decoded.end, begin, decodedSize_);
  if (begin == end) {
    const std::uint32_t at = begin < decodedSize_ ? producing(begin).begin : contentEnd_;
    return ByteRange{at, at};
  }
  return ByteRange{producing(begin).begin, producing(end - 1).end};
}

Result<NodeId, DocumentError> loadEmbeddedJson(DocumentBuilder& builder, std::string_view decoded,
                                               const EscapedStringMap& map, std::uint32_t maxValues) {
  // Parsed in place like a file, but in a copy of its own: the builder's text is the document's,
  // which the parse appends to, so its strings and numbers are stored there as they are read.
  std::string bytes(decoded);
  return parseInto(builder, bytes.data(), bytes.size(), 0, decoded, maxValues, map);
}

}  // namespace ecslint
