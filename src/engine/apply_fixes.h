#pragma once
// Applying fixes: which fixes can go in together, and the text they produce.
//
// Two fixes conflict when their edits touch the same bytes, or when one inserts at a point the
// other edits up to or from: applying both could corrupt the file (a comma removed twice, an
// insertion inside a deleted member). A pass applies whole fixes only, in finding order, skipping
// any that conflicts with one already taken; the fixer re-lints and runs another pass for those.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.h"

namespace ecslint {

// Whether two edits cannot be applied together.
bool editsConflict(const TextEdit& a, const TextEdit& b);

struct FixSelection {
  std::vector<TextEdit> edits;  // sorted, non-overlapping
  std::size_t fixed = 0;        // findings whose fix is among them
};

// The fixes of `findings` that can be applied in one pass. A fix identical to one already taken
// (two findings with the same remedy) counts as fixed without being applied twice.
FixSelection selectFixes(std::span<const Finding> findings);

// `text` with `edits` (sorted, non-overlapping) applied.
std::string applyEdits(std::string_view text, std::span<const TextEdit> edits);

}  // namespace ecslint
