#include "yaml/mark_offsets.h"

namespace ecslint {

namespace {

bool isContinuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

}  // namespace

MarkOffsets::MarkOffsets(std::string_view text, std::uint32_t start) : text_(text), start_(start) {
  const auto size = static_cast<std::uint32_t>(text.size());
  std::uint32_t at = start;
  while (at < size && static_cast<unsigned char>(text[at]) < 0x80) ++at;
  asciiCodePoints_ = at - start;
  std::uint32_t codePoints = asciiCodePoints_;
  for (; at < size; ++at) {
    if (isContinuation(text[at])) continue;
    if ((codePoints - asciiCodePoints_) % kStride == 0) checkpoints_.push_back(at);
    ++codePoints;
  }
  codePoints_ = codePoints;
  lastCodePoint_ = asciiCodePoints_;
  lastOffset_ = start + asciiCodePoints_;
}

std::uint32_t MarkOffsets::next(std::uint32_t at) const {
  ++at;
  while (at < text_.size() && isContinuation(text_[at])) ++at;
  return at;
}

std::uint32_t MarkOffsets::offset(std::size_t codePoint) const {
  if (codePoint >= codePoints_) return static_cast<std::uint32_t>(text_.size());
  const auto wanted = static_cast<std::uint32_t>(codePoint);
  if (wanted < asciiCodePoints_) return start_ + wanted;
  const std::uint32_t fromCheckpoint = (wanted - asciiCodePoints_) % kStride;
  std::uint32_t at = checkpoints_[(wanted - asciiCodePoints_) / kStride];
  std::uint32_t steps = fromCheckpoint;
  if (wanted >= lastCodePoint_ && wanted - lastCodePoint_ < fromCheckpoint) {
    at = lastOffset_;
    steps = wanted - lastCodePoint_;
  }
  for (; steps > 0; --steps) at = next(at);
  lastCodePoint_ = wanted;
  lastOffset_ = at;
  return at;
}

}  // namespace ecslint
