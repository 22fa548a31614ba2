#pragma once
// RFC 6901 JSON pointers, the address of a value in every report (SARIF logical locations,
// per-file ignores, the JSON report). They name values the same way whatever the file's syntax.

#include <array>
#include <charconv>
#include <cstdint>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>

#include "document/node_id.h"

namespace ecslint {

// Appends `token` to a JSON pointer, escaping '~' and '/'.
void appendPointerToken(std::string& pointer, std::string_view token);

// Splits the first token off `pointer` (which starts with '/') and unescapes it. Returns false
// when `pointer` does not start with '/'.
bool takePointerToken(std::string_view& pointer, std::string& token);

// Pointers longer than this (only under member names kilobytes long) are cut and end in "...":
// every finding carries a pointer, and a million findings under a megabyte-long name must not
// cost a terabyte.
inline constexpr std::size_t kMaxPointerBytes = 4096;

// Cuts `pointer` at kMaxPointerBytes, at the start of a UTF-8 sequence, and appends "...", when it
// is longer.
void cutPointer(std::string& pointer);

// The pointer of `id` in a pre-order node table (a Document): what `tree` must offer
// is node(id).parent and .indexInParent, isMember(id) and keyName(id). Loaders bound nesting at
// 128 levels, so the path fits on the stack.
template <class Tree>
std::string pointerOf(const Tree& tree, NodeId id) {
  std::array<NodeId, 130> path;
  std::size_t depth = 0;
  for (NodeId at = id; at != kNoNode && tree.node(at).parent != kNoNode; at = tree.node(at).parent) {
    if (depth == path.size()) throw std::logic_error("pointerOf: deeper than the loaders allow");
    path[depth++] = at;
  }
  std::string result;
  result.reserve(64);
  while (depth > 0 && result.size() <= kMaxPointerBytes) {
    const NodeId at = path[--depth];
    if (tree.isMember(at)) {
      appendPointerToken(result, tree.keyName(at).substr(0, kMaxPointerBytes + 1));
    } else {
      char digits[16];
      result += '/';
      result.append(digits,
                    std::to_chars(std::begin(digits), std::end(digits), tree.node(at).indexInParent).ptr);
    }
  }
  cutPointer(result);
  return result;
}

// An array index token: digits only, at most nine of them (no JSON document is that long).
bool parseIndexToken(std::string_view token, std::uint32_t& index);

}  // namespace ecslint
