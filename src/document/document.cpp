#include "document/document.h"

#include <algorithm>

#include "document/json_pointer.h"

namespace ecslint {

namespace {

template <class Table>
auto findSorted(const Table& table, NodeId id) {
  auto it = std::lower_bound(table.begin(), table.end(), id,
                             [](const auto& entry, NodeId key) { return entry.first < key; });
  return it != table.end() && it->first == id ? it : table.end();
}

}  // namespace

bool Document::isScalar(NodeId id) const {
  const NodeKind k = nodes_[id].kind;
  return k != NodeKind::Sequence && k != NodeKind::Mapping && k != NodeKind::Alias;
}

std::string_view Document::text(NodeId id) const {
  const DocumentNode& n = nodes_[id];
  return std::string_view(text_).substr(n.textBegin, n.textSize);
}

std::string_view Document::tag(NodeId id) const {
  const DocumentNode& n = nodes_[id];
  return std::string_view(text_).substr(n.tagBegin, n.tagSize);
}

NodeId Document::firstChild(NodeId id) const { return nodes_[id].subtreeSize > 1 ? id + 1 : kNoNode; }

NodeId Document::nextSibling(NodeId id) const {
  const NodeId parent = nodes_[id].parent;
  if (parent == kNoNode) return kNoNode;
  const NodeId next = id + nodes_[id].subtreeSize;
  return next < parent + nodes_[parent].subtreeSize ? next : kNoNode;
}

const std::vector<NodeId>& Document::mergedMembers(NodeId mapping) const {
  static const std::vector<NodeId> kNone;
  const auto it = findSorted(mergedMembers_, mapping);
  return it == mergedMembers_.end() ? kNone : it->second;
}

NodeId Document::member(NodeId mapping, std::string_view key) const {
  if (nodes_[mapping].kind != NodeKind::Mapping) return kNoNode;
  NodeId found = kNoNode;
  for (NodeId c = firstChild(mapping); c != kNoNode; c = nextSibling(c)) {
    if (keyName(c) == key) found = c;
  }
  if (found != kNoNode) return found;
  for (NodeId merged : mergedMembers(mapping)) {
    if (keyName(merged) == key) return merged;
  }
  return kNoNode;
}

NodeId Document::element(NodeId sequence, std::uint32_t index) const {
  if (nodes_[sequence].kind != NodeKind::Sequence) return kNoNode;
  NodeId c = firstChild(sequence);
  for (std::uint32_t i = 0; i < index && c != kNoNode; ++i) c = nextSibling(c);
  return c;
}

NodeId Document::aliasTarget(NodeId id) const {
  const auto it = findSorted(aliasTargets_, id);
  return it == aliasTargets_.end() ? kNoNode : it->second;
}

std::string_view Document::keyName(NodeId id) const {
  const DocumentNode& n = nodes_[id];
  return std::string_view(text_).substr(n.keyBegin, n.keySize);
}

bool Document::isMember(NodeId id) const {
  const NodeId parent = nodes_[id].parent;
  return parent != kNoNode && nodes_[parent].kind == NodeKind::Mapping;
}

std::string Document::pointer(NodeId id) const {
  // A merged member's pointer is where it is written: under the mapping it was merged from.
  return pointerOf(*this, id);
}

NodeId Document::find(std::string_view pointer) const {
  if (nodes_.empty()) return kNoNode;
  NodeId at = rootId();
  std::string token;
  while (!pointer.empty()) {
    if (!takePointerToken(pointer, token)) return kNoNode;
    std::uint32_t index = 0;
    if (nodes_[at].kind == NodeKind::Mapping) {
      at = member(at, token);
    } else if (nodes_[at].kind == NodeKind::Sequence && parseIndexToken(token, index)) {
      at = element(at, index);
    } else {
      return kNoNode;
    }
    if (at == kNoNode) return kNoNode;
  }
  return at;
}

std::optional<bool> booleanValue(std::string_view text) {
  for (std::string_view word : {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"}) {
    if (text == word) return true;
  }
  for (std::string_view word : {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"}) {
    if (text == word) return false;
  }
  return std::nullopt;
}

}  // namespace ecslint
