#pragma once
// Bounds on what one file's report can hold. Messages quote values and pointers spell out paths,
// so a hostile file (a million duplicate keys under a megabyte-long member name) could otherwise
// turn a 64 MiB input into gigabytes of report. Real files draw a handful of findings with short
// messages; these limits are far above that.

#include <cstddef>
#include <string>

namespace ecslint {

// The checks stop reporting after this many findings in one file; the linter then adds an
// ECS015 finding that says so.
inline constexpr std::size_t kMaxFindingsPerFile = 10'000;

// Longer messages are cut (at a UTF-8 boundary) and end in "[...]".
inline constexpr std::size_t kMaxMessageBytes = 4096;

// Cuts `text` to at most kMaxMessageBytes.
void clipMessage(std::string& text);

}  // namespace ecslint
