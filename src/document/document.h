#pragma once
// A parsed file as a tree of values with positions, whatever its syntax.
//
// Loaders (JSON, YAML) turn bytes into this node table; what reads a document (the
// model, the checks, the reporters) sees kinds, decoded scalar text, byte spans and JSON pointers,
// never a parser's types. The table is in pre-order: a node's descendants follow it, so a subtree
// is a contiguous range and a walk needs no recursion. NodeIds index it.
//
// Scalars keep their decoded text (escapes resolved, YAML folding applied) and the kind the syntax
// gives them (YAML 1.1 typing of plain scalars, as CloudFormation reads templates); numbers are
// kept as text, so "0755" or "1_000" are judged by whoever reads them, not rounded here.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/node_id.h"
#include "message/language.h"
#include "message/message.h"
#include "source/source_text.h"

namespace ecslint {

// The syntax a document was written in: what an edit must look like.
enum class Syntax : std::uint8_t { Json, Yaml };

enum class NodeKind : std::uint8_t { Null, Boolean, Integer, Float, String, Sequence, Mapping, Alias };

// How a value was written. CloudFormation treats a quoted "true" as a string and a plain true as a
// boolean, and a safe edit of a YAML scalar must keep its style.
enum class ScalarStyle : std::uint8_t {
  None,
  Plain,
  SingleQuoted,
  DoubleQuoted,
  Literal,
  Folded,
  Flow,
  Block
};

struct DocumentNode {
  ByteRange span;     // the value's text; a tagged value's span starts at its tag (`!Ref x`)
  ByteRange keySpan;  // the member name's text when the node is a mapping member, else empty
  NodeId parent = kNoNode;
  std::uint32_t subtreeSize = 1;  // this node plus all its descendants
  std::uint32_t indexInParent = 0;
  // Decoded text in the document's text arena: a scalar's value, an alias's anchor name.
  std::uint32_t textBegin = 0;
  std::uint32_t textSize = 0;
  std::uint32_t keyBegin = 0;  // the member name, decoded
  std::uint32_t keySize = 0;
  std::uint32_t tagBegin = 0;  // a YAML tag as written (`!Ref`, `!GetAtt`, `!!str`), else empty
  std::uint32_t tagSize = 0;
  NodeKind kind = NodeKind::Null;
  ScalarStyle style = ScalarStyle::None;
};

// A member that repeats an earlier name in the same mapping (ECS002). The later one wins, as in
// JSON parsers and YAML 1.1 loaders.
struct DuplicateMember {
  NodeId first;
  NodeId repeated;
};

// Why a file could not be read (ECS001), or why ecslint declined to (ECS014, ECS015).
struct DocumentError {
  enum class Kind { Syntax, Encoding, TooDeep, TooLarge };
  // A message argument that is itself a phrase of the catalogue ("the end of the file"): rendered
  // in the language of the message before it.
  struct Phrase {
    const char* name;
    MessageData phrase;
  };
  Kind kind = Kind::Syntax;
  ByteRange range;
  std::string message;  // in English: what configuration and baseline files report
  // What `message` is rendered from, so that the linter says it in the run's language (ECS001).
  MessageData data;
  std::vector<Phrase> phrases;
};

// An error whose message is the catalogue's `id` with `arguments` (and `phrases`).
DocumentError documentError(DocumentError::Kind kind, ByteRange range, std::string_view id,
                            MessageArgs arguments = {}, std::vector<DocumentError::Phrase> phrases = {});
// The error's message data in `language`: its phrases rendered and added to the arguments.
MessageData messageDataIn(const DocumentError& error, Language language);
// The error's message in `language` (a configuration's or a baseline's syntax error).
std::string messageIn(const DocumentError& error, Language language);

// The truth value of a Boolean node's text: JSON's `true` and `false`, and the words YAML 1.1 reads
// as booleans (`yes`, `On`, `FALSE`...), as CloudFormation reads templates; nullopt for any other
// text. https://yaml.org/type/bool.html (without `y` and `n`, which PyYAML and cfn-lint read as
// strings).
std::optional<bool> booleanValue(std::string_view text);

class DocumentBuilder;

class Document {
 public:
  // Deeper nesting is ECS014, more values ECS015: no ECS task definition comes close (about 6
  // levels, a few hundred values), and they bound every walk over the tree and its memory (about
  // 60 bytes a value). Members YAML merge keys look at count as values. 4,000,000 keeps the ratio
  // to the 64 MiB input limit that 1,000,000 had to 16 MiB: a Terraform plan holds a value every
  // 33 bytes (2,000 task definitions: 51 MB, 1.5 million values), so a real plan fits.
  static constexpr std::uint32_t kMaxDepth = 128;
  static constexpr std::uint32_t kMaxValues = 4'000'000;

  Document(Document&&) noexcept = default;
  Document& operator=(Document&&) noexcept = default;

  const SourceText& source() const { return *source_; }
  Syntax syntax() const { return syntax_; }
  static constexpr NodeId rootId() { return 0; }
  bool empty() const { return nodes_.empty(); }

  const DocumentNode& node(NodeId id) const { return nodes_[id]; }
  std::size_t nodeCount() const { return nodes_.size(); }
  NodeKind kind(NodeId id) const { return nodes_[id].kind; }
  bool isScalar(NodeId id) const;
  // A scalar's decoded text ("" for containers); an alias's anchor name.
  std::string_view text(NodeId id) const;
  std::string_view tag(NodeId id) const;

  // Children in document order: for (NodeId c = firstChild(n); c != kNoNode; c = nextSibling(c)).
  // For a mapping these are its members as written, a merge key (`<<`) included.
  NodeId firstChild(NodeId id) const;
  NodeId nextSibling(NodeId id) const;
  // The members a mapping has through merge keys and does not override, in merge order (each
  // node's keyName() is its name). Empty for most mappings.
  const std::vector<NodeId>& mergedMembers(NodeId mapping) const;
  // The member named `key` of a mapping: its own last one, else the first merged one; or kNoNode.
  NodeId member(NodeId mapping, std::string_view key) const;
  // The i-th element of a sequence.
  NodeId element(NodeId sequence, std::uint32_t index) const;
  // What an alias node refers to (kNoNode for other nodes).
  NodeId aliasTarget(NodeId id) const;

  std::string_view keyName(NodeId id) const;
  bool isMember(NodeId id) const;

  // RFC 6901 pointer of a node ("" is the root), cut at kMaxPointerBytes (json_pointer.h).
  std::string pointer(NodeId id) const;
  // The node a pointer names, or kNoNode.
  NodeId find(std::string_view pointer) const;

  const std::vector<DuplicateMember>& duplicateMembers() const { return duplicates_; }

 private:
  friend class DocumentBuilder;
  Document() = default;

  const SourceText* source_ = nullptr;
  Syntax syntax_ = Syntax::Json;
  std::string text_;  // decoded scalars, keys and tags; nodes hold offsets, so growth is safe
  std::vector<DocumentNode> nodes_;
  std::vector<DuplicateMember> duplicates_;
  // Sparse side tables: few nodes are aliases or merge into others.
  std::vector<std::pair<NodeId, NodeId>> aliasTargets_;                // sorted by alias
  std::vector<std::pair<NodeId, std::vector<NodeId>>> mergedMembers_;  // sorted by mapping
};

}  // namespace ecslint
