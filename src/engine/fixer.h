#pragma once
// --fix and --diff: lint, apply the fixes that fit together, re-lint, and repeat until nothing
// more is fixable. Fixes of later passes are computed on the text earlier passes produced, so
// overlapping fixes are never combined blindly. The number of passes is bounded: a fix that kept
// producing new fixable findings could otherwise loop.

#include <functional>
#include <string>

#include "engine/linter.h"

namespace ecslint {

inline constexpr int kMaxFixPasses = 10;

// Lints one version of the file's text, exactly as a run without --fix would (same name, rules,
// configuration and suppressions), so that only findings the user would see get fixed.
using LintText = std::function<FileReport(std::string bytes)>;

// The report of what remains: `source` holds the fixed text, `unfixedBytes` the original and
// `fixed` the number of findings the fixes resolved. Input that is not a task definition is only
// linted: no `unfixedBytes`, nothing fixed. Throws std::logic_error when a fix would
// leave text that is no longer a task definition (a defect in ecslint: nothing is written then).
FileReport lintAndFix(const LintText& lint, std::string bytes);
// The same with a linter's plain lint(name, bytes).
FileReport lintAndFix(const Linter& linter, std::string name, std::string bytes);

}  // namespace ecslint
