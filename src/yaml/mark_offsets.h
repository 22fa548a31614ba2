#pragma once
// libyaml's marks count code points from the start of its input (after the byte-order mark, which
// ecslint strips); MarkOffsets turns them into byte offsets in the file, so that spans, columns and
// edits work as for JSON.
//
// Every event asks for two marks, so a lookup must cost next to nothing: code points before the
// first non-ASCII byte are bytes (most templates are ASCII throughout); past it, a lookup walks
// forward from the previous one (marks mostly arrive in order, a short way apart) or from a
// checkpoint kept every 64 code points, whichever is nearer, so it never walks more than 63.

#include <yaml.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "source/source_text.h"

namespace ecslint {

class MarkOffsets {
 public:
  MarkOffsets(std::string_view text, std::uint32_t start);

  // The byte offset of code point `codePoint` of libyaml's input; the end of the text past it.
  std::uint32_t offset(std::size_t codePoint) const;
  ByteRange range(const yaml_mark_t& begin, const yaml_mark_t& end) const {
    return {offset(begin.index), offset(end.index)};
  }
  std::uint32_t start() const { return start_; }

 private:
  static constexpr std::uint32_t kStride = 64;
  // The offset `codePoints` code points after `at` (ASCII eight bytes at a time).
  std::uint32_t walk(std::uint32_t at, std::uint32_t codePoints) const;

  std::string_view text_;
  std::uint32_t start_;
  std::uint32_t asciiCodePoints_ = 0;  // code points before the first non-ASCII byte
  std::uint32_t codePoints_ = 0;
  std::vector<std::uint32_t> checkpoints_;  // every 64th code point from the first non-ASCII byte
  // The last lookup past the ASCII prefix: where the next one usually starts walking. A cache.
  mutable std::uint32_t lastCodePoint_ = 0;
  mutable std::uint32_t lastOffset_ = 0;
};

}  // namespace ecslint
