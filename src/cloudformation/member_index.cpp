#include "cloudformation/member_index.h"

#include <algorithm>
#include <tuple>

namespace ecslint {

namespace {

bool before(NodeId mapping, std::string_view name, NodeId otherMapping, std::string_view otherName) {
  return std::tie(mapping, name) < std::tie(otherMapping, otherName);
}

}  // namespace

void MemberIndex::add(const Document& document, NodeId mapping) {
  if (mapping == kNoNode || document.kind(mapping) != NodeKind::Mapping) return;
  // After a stable sort the last entry of a name wins, so merged members go in first and in reverse
  // (the first merged one last among them), then the mapping's own members in order.
  const std::vector<NodeId>& merged = document.mergedMembers(mapping);
  for (auto it = merged.rbegin(); it != merged.rend(); ++it) {
    entries_.push_back({mapping, document.keyName(*it), *it});
  }
  for (NodeId c = document.firstChild(mapping); c != kNoNode; c = document.nextSibling(c)) {
    entries_.push_back({mapping, document.keyName(c), c});
  }
}

void MemberIndex::finish() {
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return before(a.mapping, a.name, b.mapping, b.name);
  });
}

NodeId MemberIndex::find(NodeId mapping, std::string_view name) const {
  const auto after = std::upper_bound(entries_.begin(), entries_.end(), Entry{mapping, name, kNoNode},
                                      [](const Entry& key, const Entry& entry) {
                                        return before(key.mapping, key.name, entry.mapping, entry.name);
                                      });
  if (after == entries_.begin()) return kNoNode;
  const Entry& last = *(after - 1);
  return last.mapping == mapping && last.name == name ? last.member : kNoNode;
}

}  // namespace ecslint
