#pragma once
// The bytes of one input file and the arithmetic that turns byte offsets into the positions
// users see. ecslint keeps byte offsets internally; columns are reported in UTF-16 code units,
// the unit SARIF (`columnKind: utf16CodeUnits`), LSP and VS Code use. For ASCII text a column
// is simply the 1-based byte index within the line.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ecslint {

// A half-open byte range [begin, end) in a SourceText.
struct ByteRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

// 1-based line and column; `column` counts UTF-16 code units.
struct Position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  friend bool operator==(const Position&, const Position&) = default;
};

// A region as SARIF wants it: start inclusive, end exclusive (end column is the column just
// after the last character).
struct Region {
  Position start;
  Position end;
};

class SourceText {
 public:
  // `name` is how the file is shown in reports (the path as given, or --stdin-filename).
  SourceText(std::string name, std::string bytes);

  const std::string& name() const { return name_; }
  std::string_view bytes() const { return bytes_; }
  std::size_t size() const { return bytes_.size(); }

  // Offset of the first byte after a UTF-8 byte-order mark (0 when there is none).
  std::uint32_t contentStart() const { return bom_ ? 3 : 0; }

  Position position(std::uint32_t offset) const;
  Region region(ByteRange range) const;

  // The text of the (1-based) line, without its line terminator.
  std::string_view line(std::uint32_t line) const;
  std::uint32_t lineCount() const { return static_cast<std::uint32_t>(lineStarts_.size()); }
  // The offset where the line holding `offset` begins, in O(log lines): fixes ask it of minified
  // files, where searching back for the line break cost the whole line each time.
  std::uint32_t lineStartOf(std::uint32_t offset) const { return lineStarts_[lineIndex(offset)]; }

 private:
  std::uint32_t lineIndex(std::uint32_t offset) const;
  std::uint32_t utf16Units(std::uint32_t begin, std::uint32_t end) const;
  void indexMultibyteSequences() const;

  std::string name_;
  std::string bytes_;
  bool bom_ = false;
  std::vector<std::uint32_t> lineStarts_;  // byte offset of the first byte of each line

  // Built on the first column asked for beyond a long line's start (a minified file is one line):
  // where each multi-byte UTF-8 sequence ends, and how many fewer UTF-16 units than bytes all
  // sequences up to it take. Columns then cost O(log n) instead of O(line length), so many findings
  // on one long line stay linear. Mutable: a cache; SourceText is not shared between threads.
  mutable bool multibyteIndexed_ = false;
  mutable std::vector<std::uint32_t> sequenceEnds_;
  mutable std::vector<std::uint32_t> savedUnits_;
};

// Number of UTF-16 code units needed for the UTF-8 text (invalid bytes count one each).
std::uint32_t utf16Length(std::string_view utf8);

}  // namespace ecslint
