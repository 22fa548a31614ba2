#include "document/document_builder.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_set>

namespace ecslint {

namespace {

DocumentError tooLarge(std::uint32_t maxValues, ByteRange at) {
  return documentError(DocumentError::Kind::TooLarge, at, "ECS015.too-many-values",
                       {{"limit", std::to_string(maxValues)}});
}

}  // namespace

DocumentBuilder::DocumentBuilder(const SourceText& source, Syntax syntax, std::uint32_t maxValues)
    : maxValues_(maxValues) {
  document_.source_ = &source;
  document_.syntax_ = syntax;
  open_.reserve(16);  // a task definition nests about 6 levels
}

void DocumentBuilder::reserve(std::size_t nodes) { document_.nodes_.reserve(nodes); }

char* DocumentBuilder::adoptText(std::string bytes) {
  document_.text_ = std::move(bytes);
  return document_.text_.data();
}

std::uint32_t DocumentBuilder::store(std::string_view text) {
  std::string& arena = document_.text_;
  const auto at = reinterpret_cast<std::uintptr_t>(text.data());
  const auto arenaBegin = reinterpret_cast<std::uintptr_t>(arena.data());
  if (at >= arenaBegin && at + text.size() <= arenaBegin + arena.size()) {
    return static_cast<std::uint32_t>(at - arenaBegin);  // already there (adoptText)
  }
  const auto begin = static_cast<std::uint32_t>(arena.size());
  arena.append(text);
  return begin;
}

void DocumentBuilder::key(std::string_view name, ByteRange span) {
  pendingKeySize_ = static_cast<std::uint32_t>(name.size());
  pendingKeyBegin_ = store(name);
  pendingKeySpan_ = span;
  hasPendingKey_ = true;
}

bool DocumentBuilder::isOpen(NodeId id) const {
  return std::any_of(open_.begin(), open_.end(), [id](const Frame& f) { return f.node == id; });
}

Result<NodeId, DocumentError> DocumentBuilder::add(NodeKind kind, ScalarStyle style, std::string_view text,
                                                   std::string_view tag, ByteRange span) {
  auto& nodes = document_.nodes_;
  if (nodes.size() + mergedCount_ >= maxValues_) return makeError(tooLarge(maxValues_, span));
  DocumentNode n;
  n.kind = kind;
  n.style = style;
  n.span = span;
  n.textSize = static_cast<std::uint32_t>(text.size());
  n.textBegin = store(text);
  if (!tag.empty()) {
    n.tagSize = static_cast<std::uint32_t>(tag.size());
    n.tagBegin = store(tag);
  }
  if (!open_.empty()) {
    Frame& parent = open_.back();
    n.parent = parent.node;
    n.indexInParent = parent.children++;
    if (hasPendingKey_) {
      n.keySpan = pendingKeySpan_;
      n.keyBegin = pendingKeyBegin_;
      n.keySize = pendingKeySize_;
      hasPendingKey_ = false;
    }
  }
  const auto id = static_cast<NodeId>(nodes.size());
  nodes.push_back(n);
  if (!open_.empty()) open_.back().lastChild = id;
  return id;
}

Result<NodeId, DocumentError> DocumentBuilder::scalar(NodeKind kind, ScalarStyle style, std::string_view text,
                                                      std::string_view tag, ByteRange span) {
  return add(kind, style, text, tag, span);
}

Result<NodeId, DocumentError> DocumentBuilder::alias(std::string_view anchor, NodeId target, ByteRange span) {
  auto id = add(NodeKind::Alias, ScalarStyle::None, anchor, {}, span);
  if (id) document_.aliasTargets_.emplace_back(*id, target);  // ids grow, so the table stays sorted
  return id;
}

Result<NodeId, DocumentError> DocumentBuilder::open(NodeKind kind, ScalarStyle style, std::string_view tag,
                                                    std::uint32_t begin) {
  if (open_.size() >= Document::kMaxDepth) {
    return makeError(documentError(DocumentError::Kind::TooDeep, {begin, begin + 1}, "ECS014.too-deep",
                                   {{"limit", std::to_string(Document::kMaxDepth)}}));
  }
  auto id = add(kind, style, {}, tag, {begin, begin});
  if (id) open_.push_back(Frame{*id, kNoNode, 0, {}});
  return id;
}

void DocumentBuilder::mergeInto(NodeId mapping, NodeId source) {
  for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
    if (it->node == mapping) {
      it->mergeSources.push_back(source);
      return;
    }
  }
}

Result<NodeId, DocumentError> DocumentBuilder::close(std::uint32_t end) {
  // Read in place: moving the frame out would move its (almost always empty) merge list too.
  Frame& frame = open_.back();
  const NodeId id = frame.node;
  const NodeId lastChild = frame.lastChild;
  const std::uint32_t children = frame.children;
  std::vector<NodeId> mergeSources;
  if (!frame.mergeSources.empty()) mergeSources = std::move(frame.mergeSources);
  open_.pop_back();
  auto& nodes = document_.nodes_;
  DocumentNode& n = nodes[id];
  n.subtreeSize = static_cast<std::uint32_t>(nodes.size() - id);
  // A block collection ends where its last value ends, not at the next line's indentation.
  n.span.end = std::max({end, n.span.begin, lastChild == kNoNode ? n.span.begin : nodes[lastChild].span.end});
  if (n.style == ScalarStyle::Block && lastChild != kNoNode) n.span.end = nodes[lastChild].span.end;
  if (n.kind == NodeKind::Mapping) {
    findDuplicates(id, children);
    if (!mergeSources.empty()) {
      auto merged = resolveMerges(id, mergeSources);
      if (!merged) return makeError(std::move(merged.error()));
    }
  }
  return id;
}

// Each repeat pairs with the first occurrence of its name. Mappings are small (a task definition's
// largest has about 20 members), so up to kPairwiseLimit members are compared pairwise, in place;
// larger ones are sorted (stably, so that the first occurrence comes first).
void DocumentBuilder::findDuplicates(NodeId mapping, std::uint32_t members) {
  constexpr std::uint32_t kPairwiseLimit = 32;
  if (members < 2) return;
  const Document& doc = document_;
  if (members <= kPairwiseLimit) {
    // Every node of the mapping's subtree is complete: siblings are a subtree size apart.
    const DocumentNode* const nodes = doc.nodes_.data();
    const char* const text = doc.text_.data();
    const NodeId end = mapping + nodes[mapping].subtreeSize;
    const NodeId first = mapping + 1;
    for (NodeId c = first + nodes[first].subtreeSize; c < end; c += nodes[c].subtreeSize) {
      const DocumentNode& member = nodes[c];
      for (NodeId earlier = first; earlier != c; earlier += nodes[earlier].subtreeSize) {
        if (nodes[earlier].keySize == member.keySize &&
            std::memcmp(text + nodes[earlier].keyBegin, text + member.keyBegin, member.keySize) == 0) {
          document_.duplicates_.push_back({earlier, c});
          break;
        }
      }
    }
    return;
  }
  members_.clear();
  for (NodeId c = doc.firstChild(mapping); c != kNoNode; c = doc.nextSibling(c)) {
    members_.emplace_back(doc.keyName(c), c);
  }
  std::stable_sort(members_.begin(), members_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t first = 0;
  for (std::size_t i = 1; i < members_.size(); ++i) {
    if (members_[i].first != members_[first].first) {
      first = i;
      continue;
    }
    document_.duplicates_.push_back({members_[first].second, members_[i].second});
  }
}

// YAML's merge key: the mapping gets every member of the merged mappings that it does not have
// itself, the first merged mapping winning (https://yaml.org/type/merge.html). The members are not
// copied, only listed, and every member a merge looks at counts against the value limit, so a chain
// of merges cannot grow without bound, and neither can the work of `<<: [*a, *a, *a, ...]`, which
// looks at every member of `a` again for each alias and lists none of them twice.
Result<bool, DocumentError> DocumentBuilder::resolveMerges(NodeId mapping,
                                                           const std::vector<NodeId>& sources) {
  const Document& doc = document_;
  std::unordered_set<std::string_view> seen;
  for (NodeId c = doc.firstChild(mapping); c != kNoNode; c = doc.nextSibling(c)) seen.insert(doc.keyName(c));
  std::vector<NodeId> merged;
  auto offer = [&](NodeId member) -> Result<bool, DocumentError> {
    if (doc.nodes_.size() + mergedCount_ >= maxValues_)
      return makeError(tooLarge(maxValues_, doc.node(mapping).span));
    ++mergedCount_;
    if (seen.insert(doc.keyName(member)).second) merged.push_back(member);
    return true;
  };
  for (NodeId source : sources) {
    for (NodeId c = doc.firstChild(source); c != kNoNode; c = doc.nextSibling(c)) {
      if (doc.keyName(c) == "<<") continue;
      auto ok = offer(c);
      if (!ok) return ok;
    }
    for (NodeId c : doc.mergedMembers(source)) {
      auto ok = offer(c);
      if (!ok) return ok;
    }
  }
  // Mappings close in increasing id order only for siblings; keep the table sorted by id.
  auto& table = document_.mergedMembers_;
  auto at = std::lower_bound(table.begin(), table.end(), mapping,
                             [](const auto& entry, NodeId key) { return entry.first < key; });
  table.insert(at, {mapping, std::move(merged)});
  return true;
}

DocumentBuilder::Checkpoint DocumentBuilder::checkpoint() const {
  Checkpoint at;
  at.nodes = document_.nodes_.size();
  at.text = document_.text_.size();
  at.depth = open_.size();
  at.duplicates = document_.duplicates_.size();
  if (!open_.empty()) {
    at.lastChild = open_.back().lastChild;
    at.children = open_.back().children;
  }
  at.pendingKeyBegin = pendingKeyBegin_;
  at.pendingKeySize = pendingKeySize_;
  at.pendingKeySpan = pendingKeySpan_;
  at.hasPendingKey = hasPendingKey_;
  return at;
}

void DocumentBuilder::restore(const Checkpoint& at) {
  // Containers opened since are dropped with their nodes; the one open at the checkpoint gets its
  // children back as they were. Repeated names are recorded when a mapping closes, after every
  // earlier record, so those of the dropped value are the table's tail.
  if (open_.size() > at.depth) open_.resize(at.depth);
  if (!open_.empty()) {
    open_.back().lastChild = at.lastChild;
    open_.back().children = at.children;
  }
  document_.nodes_.resize(std::min(document_.nodes_.size(), at.nodes));
  document_.text_.resize(std::min(document_.text_.size(), at.text));
  document_.duplicates_.resize(std::min(document_.duplicates_.size(), at.duplicates));
  pendingKeyBegin_ = at.pendingKeyBegin;
  pendingKeySize_ = at.pendingKeySize;
  pendingKeySpan_ = at.pendingKeySpan;
  hasPendingKey_ = at.hasPendingKey;
}

Document DocumentBuilder::finish() && {
  // Mappings close innermost first; readers want the repeats in document order.
  std::sort(document_.duplicates_.begin(), document_.duplicates_.end(),
            [](const DuplicateMember& a, const DuplicateMember& b) { return a.repeated < b.repeated; });
  return std::move(document_);
}

}  // namespace ecslint
