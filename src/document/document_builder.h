#pragma once
// Builds a Document from a loader's events, in document order: open a container, add its values
// (each mapping member preceded by key()), close it. The builder keeps the node table in pre-order,
// fills in parents, subtree sizes and positions among siblings, finds repeated member names, and
// resolves merge keys into bounded member lists; the loader only reports what it read.

#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "support/result.h"

namespace ecslint {

class DocumentBuilder {
 public:
  DocumentBuilder(const SourceText& source, Syntax syntax, std::uint32_t maxValues = Document::kMaxValues);

  // Room for `nodes` nodes, when the loader can tell.
  void reserve(std::size_t nodes);
  // Makes `bytes` the start of the document's text and returns where they now lie, before any node
  // is added. Text given to key(), scalar() and the rest that lies inside them is not copied: the
  // JSON loader parses a copy of the file in place there, so its strings are decoded where they
  // lie and its numbers are their own bytes. Those bytes must not change once given.
  char* adoptText(std::string bytes);

  // The member name of the next value; only inside a mapping.
  void key(std::string_view name, ByteRange span);
  Result<NodeId, DocumentError> scalar(NodeKind kind, ScalarStyle style, std::string_view text,
                                       std::string_view tag, ByteRange span);
  // An alias to `target`, a node already complete.
  Result<NodeId, DocumentError> alias(std::string_view anchor, NodeId target, ByteRange span);
  Result<NodeId, DocumentError> open(NodeKind kind, ScalarStyle style, std::string_view tag,
                                     std::uint32_t begin);
  // Closes the innermost container; its text ends at `end`.
  Result<NodeId, DocumentError> close(std::uint32_t end);

  // The innermost open container, or kNoNode at the top.
  NodeId innermost() const { return open_.empty() ? kNoNode : open_.back().node; }
  std::size_t depth() const { return open_.size(); }
  bool isOpen(NodeId id) const;
  // Adds `source` (a complete mapping) to what the open `mapping` merges (`<<: *source`).
  void mergeInto(NodeId mapping, NodeId source);
  const Document& document() const { return document_; }

  // What the builder holds at one moment, to return to: a value added after it is dropped again
  // (embedded JSON that turns out not to parse, json/embedded_json.h). Only for values without
  // aliases or merge keys, and only to a checkpoint no deeper than the builder is.
  struct Checkpoint {
    std::size_t nodes = 0;
    std::size_t text = 0;
    std::size_t depth = 0;
    std::size_t duplicates = 0;
    NodeId lastChild = kNoNode;
    std::uint32_t children = 0;
    std::uint32_t pendingKeyBegin = 0;
    std::uint32_t pendingKeySize = 0;
    ByteRange pendingKeySpan;
    bool hasPendingKey = false;
  };
  Checkpoint checkpoint() const;
  void restore(const Checkpoint& checkpoint);

  Document finish() &&;

 private:
  struct Frame {
    NodeId node;
    NodeId lastChild = kNoNode;
    std::uint32_t children = 0;
    std::vector<NodeId> mergeSources;
  };
  Result<NodeId, DocumentError> add(NodeKind kind, ScalarStyle style, std::string_view text,
                                    std::string_view tag, ByteRange span);
  std::uint32_t store(std::string_view text);
  void findDuplicates(NodeId mapping, std::uint32_t members);
  Result<bool, DocumentError> resolveMerges(NodeId mapping, const std::vector<NodeId>& sources);

  Document document_;
  std::vector<Frame> open_;
  std::uint32_t maxValues_;
  std::uint32_t mergedCount_ = 0;  // members merges looked at, counted against maxValues_
  // The next member's name, already in the text arena (the loader's text does not outlive its event).
  std::uint32_t pendingKeyBegin_ = 0;
  std::uint32_t pendingKeySize_ = 0;
  ByteRange pendingKeySpan_;
  bool hasPendingKey_ = false;
  std::vector<std::pair<std::string_view, NodeId>> members_;  // findDuplicates' scratch, kept for reuse
};

}  // namespace ecslint
