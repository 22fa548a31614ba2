#include "yaml/mark_offsets.h"

#include <cstring>

namespace ecslint {

namespace {

bool isContinuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// Whether the eight bytes at `at` are ASCII: eight code points, one byte each.
bool asciiWord(std::string_view text, std::uint32_t at) {
  if (at + 8 > text.size()) return false;
  std::uint64_t word = 0;
  std::memcpy(&word, text.data() + at, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

}  // namespace

MarkOffsets::MarkOffsets(std::string_view text, std::uint32_t start) : text_(text), start_(start) {
  const auto size = static_cast<std::uint32_t>(text.size());
  std::uint32_t at = start;
  while (asciiWord(text, at)) at += 8;
  while (at < size && static_cast<unsigned char>(text[at]) < 0x80) ++at;
  asciiCodePoints_ = at - start;
  std::uint32_t codePoints = asciiCodePoints_;
  while (at < size) {
    const std::uint32_t sinceCheckpoint = (codePoints - asciiCodePoints_) % kStride;
    // Eight ASCII bytes at once, unless a checkpoint falls among them.
    if (sinceCheckpoint != 0 && sinceCheckpoint <= kStride - 8 && asciiWord(text, at)) {
      at += 8;
      codePoints += 8;
      continue;
    }
    if (!isContinuation(text[at])) {
      if (sinceCheckpoint == 0) checkpoints_.push_back(at);
      ++codePoints;
    }
    ++at;
  }
  codePoints_ = codePoints;
  lastCodePoint_ = asciiCodePoints_;
  lastOffset_ = start + asciiCodePoints_;
}

std::uint32_t MarkOffsets::walk(std::uint32_t at, std::uint32_t codePoints) const {
  for (; codePoints >= 8 && asciiWord(text_, at); codePoints -= 8) at += 8;
  for (; codePoints > 0; --codePoints) {
    ++at;
    while (at < text_.size() && isContinuation(text_[at])) ++at;
  }
  return at;
}

std::uint32_t MarkOffsets::offset(std::size_t codePoint) const {
  if (codePoint >= codePoints_) return static_cast<std::uint32_t>(text_.size());
  const auto wanted = static_cast<std::uint32_t>(codePoint);
  if (wanted < asciiCodePoints_) return start_ + wanted;
  const std::uint32_t fromCheckpoint = (wanted - asciiCodePoints_) % kStride;
  const bool fromLast = wanted >= lastCodePoint_ && wanted - lastCodePoint_ < fromCheckpoint;
  const std::uint32_t at = fromLast
                               ? walk(lastOffset_, wanted - lastCodePoint_)
                               : walk(checkpoints_[(wanted - asciiCodePoints_) / kStride], fromCheckpoint);
  lastCodePoint_ = wanted;
  lastOffset_ = at;
  return at;
}

}  // namespace ecslint
