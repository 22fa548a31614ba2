#pragma once
// A unified diff (`diff -u`, three lines of context) between two versions of a file, for --diff.

#include <string>
#include <string_view>

namespace ecslint {

// The diff from `before` to `after`, with `--- a/NAME` and `+++ b/NAME` headers; "" when the two
// are equal. Lines are compared with their line endings, and a last line without one is marked
// "\ No newline at end of file", so `patch -p1` and `git apply` reproduce `after` exactly.
std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view name);

}  // namespace ecslint
