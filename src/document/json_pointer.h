#pragma once
// RFC 6901 JSON pointers, the address of a value in every report (SARIF logical locations,
// per-file ignores, the JSON report). They name values the same way whatever the file's syntax.

#include <string>
#include <string_view>

namespace ecslint {

// Appends `token` to a JSON pointer, escaping '~' and '/'.
void appendPointerToken(std::string& pointer, std::string_view token);

// Splits the first token off `pointer` (which starts with '/') and unescapes it. Returns false
// when `pointer` does not start with '/'.
bool takePointerToken(std::string_view& pointer, std::string& token);

// An array index token: digits only, at most nine of them (no JSON document is that long).
bool parseIndexToken(std::string_view token, std::uint32_t& index);

}  // namespace ecslint
