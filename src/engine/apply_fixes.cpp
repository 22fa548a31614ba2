#include "engine/apply_fixes.h"

#include <algorithm>
#include <map>
#include <set>

namespace ecslint {

bool editsConflict(const TextEdit& a, const TextEdit& b) {
  const ByteRange x = a.range;
  const ByteRange y = b.range;
  if (x.begin == x.end || y.begin == y.end) return x.begin <= y.end && y.begin <= x.end;
  return x.begin < y.end && y.begin < x.end;
}

FixSelection selectFixes(std::span<const Finding> findings) {
  FixSelection selection;
  // Taken edits by (begin, end). They never overlap, so their ends ascend with their begins and a
  // new edit needs comparing only with its neighbours: the pass stays O(n log n) on files with
  // thousands of fixable findings.
  std::set<std::pair<std::uint32_t, std::uint32_t>> taken;
  std::map<std::pair<std::uint32_t, std::uint32_t>, const Fix*> takenFixes;  // by first edit
  const auto conflictsWithTaken = [&](const TextEdit& edit) {
    auto it = taken.upper_bound({edit.range.end, UINT32_MAX});
    while (it != taken.begin()) {
      --it;
      if (it->second < edit.range.begin) break;
      if (editsConflict(edit, TextEdit{ByteRange{it->first, it->second}, {}})) return true;
    }
    return false;
  };

  for (const Finding& finding : findings) {
    if (!finding.fix || finding.fix->edits.empty()) continue;
    const Fix& fix = *finding.fix;
    const std::pair first{fix.edits.front().range.begin, fix.edits.front().range.end};
    if (const auto same = takenFixes.find(first);
        same != takenFixes.end() && same->second->edits == fix.edits) {
      ++selection.fixed;
      continue;
    }
    if (std::any_of(fix.edits.begin(), fix.edits.end(), conflictsWithTaken)) continue;
    for (const TextEdit& edit : fix.edits) {
      taken.insert({edit.range.begin, edit.range.end});
      selection.edits.push_back(edit);
    }
    takenFixes.emplace(first, &fix);
    ++selection.fixed;
  }
  std::stable_sort(selection.edits.begin(), selection.edits.end(), [](const TextEdit& a, const TextEdit& b) {
    return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.range.end < b.range.end;
  });
  return selection;
}

std::string applyEdits(std::string_view text, std::span<const TextEdit> edits) {
  std::string result;
  result.reserve(text.size());
  std::uint32_t at = 0;
  for (const TextEdit& edit : edits) {
    result.append(text.substr(at, edit.range.begin - at));
    result += edit.replacement;
    at = edit.range.end;
  }
  result.append(text.substr(at));
  return result;
}

}  // namespace ecslint
