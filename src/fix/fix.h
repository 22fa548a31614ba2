#pragma once
// A fix: byte-range edits on the text a finding was reported on. Edits are computed from the
// spans the JSON document recorded, so everything outside them (key order, indentation, line
// endings) stays byte-identical; ecslint never re-serialises a file.

#include <string>
#include <vector>

#include "source/source_text.h"

namespace ecslint {

// Replaces the bytes in `range` with `replacement`: an empty range inserts, an empty replacement
// deletes.
struct TextEdit {
  ByteRange range;
  std::string replacement;
  friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

// Everything one finding needs changed, applied whole or not at all. Edits are sorted by offset
// and do not overlap (JsonEditor guarantees it).
struct Fix {
  std::string description;  // imperative and short: "remove hostPort", "set memory to \"1024\""
  std::vector<TextEdit> edits;
};

}  // namespace ecslint
