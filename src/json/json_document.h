#pragma once
// A parsed JSON file that remembers where every value came from.
//
// Parsing is one pass of RapidJSON's SAX reader over a copy of the bytes, in place (nesting past
// kMaxDepth is refused, which bounds its recursion). Its events are forwarded into a
// rapidjson::Document (which the schema stage validates) while a pre-order table of nodes records,
// for every value, its byte span, the span of its member name, its parent and the size of its
// subtree. A NodeId is an index into that table: rules and findings carry NodeIds, and a span or a
// JSON pointer is recovered from one in O(1) / O(depth).

#include <rapidjson/document.h>

#include <array>
#include <cstdint>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "document/json_pointer.h"
#include "document/node_id.h"
#include "source/source_text.h"
#include "support/result.h"

namespace ecslint {

struct JsonNode {
  const rapidjson::Value* value = nullptr;
  ByteRange span;     // the value's text; for a string, including its quotes
  ByteRange keySpan;  // the member name's text when the node is an object member, else empty
  NodeId parent = kNoNode;
  std::uint32_t subtreeSize = 1;  // this node plus all its descendants
  std::uint32_t indexInParent = 0;
};

// A member that repeats an earlier name in the same object (ECS002).
struct DuplicateKey {
  NodeId first;
  NodeId repeated;
};

// Why a file could not be read as JSON (ECS001), or why ecslint declined to (ECS014).
// (The same type as a Document's: the JSON path moves onto Document.)
using JsonError = DocumentError;

class JsonDocument {
 public:
  // Nesting deeper than this is refused (ECS014): no ECS task definition comes close, and it
  // bounds every walk over the tree.
  static constexpr std::uint32_t kMaxDepth = 128;
  // Reading stops at this many values (ECS015): the node table and the DOM take about 56 bytes a
  // value, so this bounds their memory at about 56 MB. Real task definitions hold a few hundred.
  static constexpr std::uint32_t kMaxValues = 1'000'000;

  static Result<JsonDocument, JsonError> parse(const SourceText& source,
                                               std::uint32_t maxValues = kMaxValues);

  JsonDocument(JsonDocument&&) noexcept = default;
  JsonDocument& operator=(JsonDocument&&) noexcept = default;
  ~JsonDocument();

  const SourceText& source() const { return *source_; }
  const rapidjson::Value& root() const { return *dom_; }
  static constexpr NodeId rootId() { return 0; }

  const JsonNode& node(NodeId id) const { return nodes_[id]; }
  const rapidjson::Value& value(NodeId id) const { return *nodes_[id].value; }
  std::size_t nodeCount() const { return nodes_.size(); }

  // Children in document order: for (NodeId c = firstChild(n); c != kNoNode; c = nextSibling(c)).
  NodeId firstChild(NodeId id) const;
  NodeId nextSibling(NodeId id) const;
  // The last member named `key` of an object node (JSON parsers keep the last duplicate).
  NodeId member(NodeId object, std::string_view key) const;
  // The i-th element of an array node.
  NodeId element(NodeId array, std::uint32_t index) const;

  // The member name of an object member node ("" for array elements and the root).
  std::string_view keyName(NodeId id) const;
  bool isMember(NodeId id) const;

  // RFC 6901 pointer of a node ("" is the root). Longer than kMaxPointerBytes (only possible with
  // member names kilobytes long), it is cut there and ends in "...": every finding carries a
  // pointer, and a million findings under a megabyte-long name must not cost a terabyte.
  std::string pointer(NodeId id) const;
  static constexpr std::size_t kMaxPointerBytes = ecslint::kMaxPointerBytes;
  // The node a pointer names, or kNoNode.
  NodeId find(std::string_view pointer) const;

  const std::vector<DuplicateKey>& duplicateKeys() const { return duplicates_; }

 private:
  JsonDocument() = default;
  void indexValues();
  void findDuplicateKeys();

  const SourceText* source_ = nullptr;
  // A copy of the source's bytes that RapidJSON parses in place: the DOM's strings point into it
  // (a heap array, so moving the document does not move them).
  std::unique_ptr<char[]> strings_;
  std::unique_ptr<rapidjson::Document> dom_;
  std::vector<JsonNode> nodes_;
  std::vector<DuplicateKey> duplicates_;
};

// A path of node ids from a node towards the root, kept on the stack: nesting is bounded by
// JsonDocument::kMaxDepth, and paths are built for every pointer and message.
class NodeChain {
 public:
  void push(NodeId id) {
    if (size_ == ids_.size()) throw std::logic_error("NodeChain: deeper than JsonDocument::kMaxDepth");
    ids_[size_++] = id;
  }
  // From the end nearest the root back to the node the chain started at.
  auto rootFirstBegin() const {
    return std::make_reverse_iterator(ids_.begin() + static_cast<std::ptrdiff_t>(size_));
  }
  auto rootFirstEnd() const { return std::make_reverse_iterator(ids_.begin()); }

 private:
  std::array<NodeId, JsonDocument::kMaxDepth + 2> ids_;
  std::size_t size_ = 0;
};

// Span helpers for messages: the text of a string node without quotes, or a number's literal.
std::string_view stringValue(const rapidjson::Value& value);

}  // namespace ecslint
