#include "json/json_document.h"

#include <rapidjson/reader.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <iterator>
#include <optional>

#include "json/syntax_error.h"
#include "support/thousands.h"
#include "support/utf8.h"

namespace ecslint {
namespace {

// Whether any of eight bytes is '"', '\\' or below 0x20 (bit tricks from "Bit Twiddling Hacks":
// a byte is zero after XOR with the one searched for; a byte below n borrows in x - n). A false
// alarm only sends the caller to its byte-by-byte loop.
constexpr bool hasSpecialByte(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  const auto hasZeroByte = [](std::uint64_t x) { return ((x - kOnes) & ~x & kHighs) != 0; };
  const bool control = ((word - kOnes * 0x20) & ~word & kHighs) != 0;
  return control || hasZeroByte(word ^ (kOnes * '"')) || hasZeroByte(word ^ (kOnes * '\\'));
}

// A stream over a copy of the file's bytes whose Tell() is a file offset. RapidJSON copies its
// built-in string streams into locals while it parses a token (StreamTraits::copyOptimization),
// which makes Tell() stale inside handler callbacks; this type has no such trait, so Tell() is
// exact there.
//
// RapidJSON skips whitespace before every token, through SkipWhitespace below, so the position
// where that stopped last is where the token that a callback reports begins. Recording it spares
// the handler a second scan over the whitespace (pretty-printed files are a third indentation).
//
// Parsing is in place (kParseInsituFlag), as with RapidJSON's InsituStringStream: a string is
// unescaped over its own bytes (the write position never passes the read position) and the DOM
// points at it, instead of RapidJSON copying every string to a stack and then into the DOM.
class TrackingStream {
 public:
  using Ch = char;
  TrackingStream(char* bytes, std::size_t size, std::uint32_t start)
      : base_(bytes), current_(bytes + start), end_(bytes + size), token_(current_) {}
  Ch Peek() const { return current_ < end_ ? *current_ : '\0'; }
  Ch Take() { return current_ < end_ ? *current_++ : '\0'; }
  std::size_t Tell() const { return static_cast<std::size_t>(current_ - base_); }
  Ch* PutBegin() { return written_ = current_; }
  // Writing never overtakes reading, so it stays inside what has been read. Only at the end of the
  // input can it try to: Take() then returns '\0' without advancing, and RapidJSON's UTF-8
  // validation copies every byte a truncated sequence ("\xE6" as a file's last byte) should have
  // had. That string is an error anyway; the bytes are dropped rather than written past the buffer.
  void Put(Ch c) {
    if (written_ < current_) *written_++ = c;
  }
  void Flush() {}
  std::size_t PutEnd(Ch* begin) { return static_cast<std::size_t>(written_ - begin); }

  void skipWhitespace() {
    current_ = const_cast<char*>(rapidjson::SkipWhitespace(current_, end_));
    token_ = current_;
  }

  // Inside a string: moves over the run of bytes up to the next '"', '\\' or control character
  // (eight at a time) and copies it to the write position when an escape has put that behind.
  // RapidJSON otherwise reads, tests and writes a string one byte at a time.
  void copyUnescapedRun() {
    char* at = current_;
    while (end_ - at >= 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, at, sizeof word);
      if (hasSpecialByte(word)) break;
      at += 8;
    }
    while (at < end_ && *at != '"' && *at != '\\' && static_cast<unsigned char>(*at) >= 0x20) ++at;
    const auto length = static_cast<std::size_t>(at - current_);
    if (written_ != current_) std::memmove(written_, current_, length);
    written_ += length;
    current_ = at;
  }
  // The offset of the first byte of the token being parsed.
  std::uint32_t tokenStart() const { return static_cast<std::uint32_t>(token_ - base_); }

 private:
  char* base_;
  char* current_;
  char* end_;
  char* token_;
  char* written_ = nullptr;
};

// Found by argument-dependent lookup from RapidJSON's reader, and preferred to its generic
// template.
void SkipWhitespace(TrackingStream& stream) { stream.skipWhitespace(); }

}  // namespace
}  // namespace ecslint

// RapidJSON's hook for scanning a string's unescaped run ("an optional optimization"; its own
// versions are SSE code for its built-in streams), specialized for the tracking stream. RapidJSON
// calls it only when it does not validate UTF-8 itself, which is exactly when the whole file is
// known to be valid.
template <>
template <>
inline void rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, rapidjson::CrtAllocator>::
    ScanCopyUnescapedString<ecslint::TrackingStream, ecslint::TrackingStream>(ecslint::TrackingStream& stream,
                                                                              ecslint::TrackingStream&) {
  stream.copyUnescapedRun();
}

namespace ecslint {
namespace {

// SAX handler: forwards every event to the DOM and records the node table in pre-order.
class PositionRecorder {
 public:
  PositionRecorder(rapidjson::Document& dom, std::vector<JsonNode>& nodes, const TrackingStream& stream,
                   std::uint32_t maxValues, std::string_view original)
      : dom_(dom), nodes_(nodes), stream_(stream), maxValues_(maxValues), original_(original) {
    open_.reserve(16);  // a task definition nests about 6 levels
  }

  bool Null() { return scalar() && dom_.Null(); }
  bool Bool(bool b) { return scalar() && dom_.Bool(b); }
  bool Int(int i) { return scalar() && dom_.Int(i); }
  bool Uint(unsigned u) { return scalar() && dom_.Uint(u); }
  bool Int64(std::int64_t i) { return scalar() && dom_.Int64(i); }
  bool Uint64(std::uint64_t u) { return scalar() && dom_.Uint64(u); }
  bool Double(double d) { return scalar() && dom_.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
    return scalar() && dom_.RawNumber(s, n, copy);
  }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    return pairedSurrogates(s, n) && scalar() && dom_.String(s, n, copy);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    pendingKey_ = ByteRange{stream_.tokenStart(), tell()};
    return pairedSurrogates(s, n) && dom_.Key(s, n, copy);
  }
  bool StartObject() { return open(true) && dom_.StartObject(); }
  bool StartArray() { return open(false) && dom_.StartArray(); }
  bool EndObject(rapidjson::SizeType n) { return close() && dom_.EndObject(n); }
  bool EndArray(rapidjson::SizeType n) { return close() && dom_.EndArray(n); }

  std::optional<std::uint32_t> tooDeepAt() const { return tooDeepAt_; }
  std::optional<std::uint32_t> loneSurrogateAt() const { return loneSurrogateAt_; }
  std::optional<std::uint32_t> tooManyAt() const { return tooManyAt_; }

 private:
  struct OpenContainer {
    NodeId id;
    std::uint32_t children = 0;
    bool isObject;
  };

  std::uint32_t tell() const { return static_cast<std::uint32_t>(stream_.Tell()); }

  NodeId addNode(std::uint32_t begin) {
    const auto id = static_cast<NodeId>(nodes_.size());
    JsonNode node;
    node.span.begin = begin;
    if (!open_.empty()) {
      OpenContainer& parent = open_.back();
      node.parent = parent.id;
      node.indexInParent = parent.children++;
      if (parent.isObject) node.keySpan = pendingKey_;
    }
    nodes_.push_back(node);
    return id;
  }

  // False once the value limit is reached, which stops the parse there (ECS015).
  bool admit(std::uint32_t begin) {
    if (nodes_.size() < maxValues_) return true;
    tooManyAt_ = begin;
    return false;
  }

  // RapidJSON refuses a "\uD800" escape that no low surrogate follows, but decodes a lone low one
  // ("\uDC00") into bytes that are not UTF-8 (ED B0 80), which every later stage would then carry.
  // Both are refused alike, at the escape's backslash. The file's own bytes were valid UTF-8 (or
  // checked by RapidJSON), so such bytes in a decoded string can only come from an escape; only
  // then is the token's text, kept intact in the source, searched for it.
  bool pairedSurrogates(const char* s, rapidjson::SizeType n) {
    const std::string_view decoded(s, n);
    bool encodedSurrogate = false;
    for (std::size_t at = decoded.find('\xED'); at != std::string_view::npos && !encodedSurrogate;
         at = decoded.find('\xED', at + 1)) {
      encodedSurrogate = at + 1 < n && static_cast<unsigned char>(decoded[at + 1]) >= 0xA0;
    }
    if (!encodedSurrogate) return true;
    const std::string_view token = original_.substr(stream_.tokenStart(), tell() - stream_.tokenStart());
    for (std::size_t i = 0; i + 1 < token.size(); ++i) {
      if (token[i] != '\\') continue;
      if (token[i + 1] == 'u' && i + 6 <= token.size()) {
        const unsigned unit = hexValue(token.substr(i + 2, 4));
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          loneSurrogateAt_ = stream_.tokenStart() + static_cast<std::uint32_t>(i);
          return false;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) i += 6;  // and its low half, which RapidJSON checked
        i += 5;
      } else {
        i += 1;  // a two-character escape such as \\ or \"
      }
    }
    return true;
  }

  static unsigned hexValue(std::string_view digits) {
    unsigned value = 0;
    for (const char c : digits) {
      const unsigned digit =
          c <= '9' ? static_cast<unsigned>(c - '0') : static_cast<unsigned>((c | 0x20) - 'a') + 10;
      value = value * 16 + digit;
    }
    return value;
  }

  bool scalar() {
    const std::uint32_t begin = stream_.tokenStart();
    if (!admit(begin)) return false;
    const NodeId id = addNode(begin);
    nodes_[id].span.end = tell();
    return true;
  }

  bool open(bool isObject) {
    const std::uint32_t begin = stream_.tokenStart();
    if (open_.size() >= JsonDocument::kMaxDepth) {
      tooDeepAt_ = begin;
      return false;
    }
    if (!admit(begin)) return false;
    open_.push_back(OpenContainer{addNode(begin), 0, isObject});
    return true;
  }

  bool close() {
    const NodeId id = open_.back().id;
    nodes_[id].span.end = stream_.tokenStart() + 1;  // just past the closing bracket
    nodes_[id].subtreeSize = static_cast<std::uint32_t>(nodes_.size() - id);
    open_.pop_back();
    return true;
  }

  rapidjson::Document& dom_;
  std::vector<JsonNode>& nodes_;
  const TrackingStream& stream_;
  ByteRange pendingKey_;
  std::vector<OpenContainer> open_;
  std::uint32_t maxValues_;
  std::optional<std::uint32_t> tooDeepAt_;
  std::optional<std::uint32_t> tooManyAt_;
  std::optional<std::uint32_t> loneSurrogateAt_;
  std::string_view original_;  // the file's bytes, before in-place parsing rewrites its strings
};

// RapidJSON's recursive reader, which is faster than its iterative one: the recursion is as deep as
// the nesting, and StartObject and StartArray refuse to open a container past kMaxDepth, which
// ends the parse there (ECS014) long before the stack is at risk.
constexpr unsigned kParseFlags = rapidjson::kParseInsituFlag;
// Validating UTF-8 inside RapidJSON's string loop costs a sixth of the parse; a file that is valid
// UTF-8 throughout (checked eight ASCII bytes at a time) is parsed without it, and only a file with
// an invalid sequence pays for RapidJSON's check, which reports where in which string it is.
constexpr unsigned kParseFlagsValidatingUtf8 = kParseFlags | rapidjson::kParseValidateEncodingFlag;

}  // namespace

JsonDocument::~JsonDocument() = default;

Result<JsonDocument, JsonError> JsonDocument::parse(const SourceText& source, std::uint32_t maxValues) {
  const std::string_view text = source.bytes();
  const std::uint32_t start = source.contentStart();
  if (auto problem = detectUnsupportedEncoding(text)) return makeError(std::move(*problem));

  JsonDocument document;
  document.source_ = &source;
  document.dom_ = std::make_unique<rapidjson::Document>();
  document.nodes_.reserve(text.size() / 32 + 4);

  // The bytes RapidJSON parses in place, and the DOM's strings point into; NUL-terminated like the
  // buffers RapidJSON's own in-situ parsing expects.
  document.strings_ = std::make_unique_for_overwrite<char[]>(text.size() + 1);
  std::memcpy(document.strings_.get(), text.data(), text.size());
  document.strings_[text.size()] = '\0';
  TrackingStream stream(document.strings_.get(), text.size(), start);
  const bool validUtf8 = isValidUtf8(text);
  rapidjson::Reader reader;
  rapidjson::ParseResult result;
  std::optional<PositionRecorder> recorder;
  auto generator = [&](rapidjson::Document& dom) {
    recorder.emplace(dom, document.nodes_, stream, maxValues, text);
    result = validUtf8 ? reader.Parse<kParseFlags>(stream, *recorder)
                       : reader.Parse<kParseFlagsValidatingUtf8>(stream, *recorder);
    return !result.IsError();
  };
  document.dom_->Populate(generator);

  if (const auto at = recorder->tooDeepAt()) {
    return makeError(JsonError{JsonError::Kind::TooDeep, ByteRange{*at, *at + 1},
                               "JSON nested more than " + std::to_string(kMaxDepth) +
                                   " levels deep; ecslint does not read further (a task "
                                   "definition nests about 6 levels)"});
  }
  if (const auto at = recorder->tooManyAt()) {
    return makeError(JsonError{JsonError::Kind::TooLarge, ByteRange{*at, *at + 1},
                               "the JSON holds more than " + withThousands(maxValues) +
                                   " values; ecslint stops reading here and checks nothing else (a task "
                                   "definition holds a few hundred)"});
  }
  if (const auto at = recorder->loneSurrogateAt()) {
    return makeError(describeSyntaxError(text, *at, rapidjson::kParseErrorStringUnicodeSurrogateInvalid));
  }
  if (result.IsError()) {
    return makeError(describeSyntaxError(text, static_cast<std::uint32_t>(result.Offset()), result.Code()));
  }
  // RapidJSON stops at a NUL byte as if it were the end of the input.
  if (stream.Tell() < text.size()) {
    const auto at = static_cast<std::uint32_t>(stream.Tell());
    return makeError(JsonError{JsonError::Kind::Syntax, ByteRange{at, at + 1},
                               "NUL byte after the end of the JSON document"});
  }
  document.indexValues();
  document.findDuplicateKeys();
  return document;
}

// Points each node at its DOM value. The DOM and the node table are both in document order, so
// a pre-order walk of the DOM visits nodes 0, 1, 2, ... (iterative: depth is bounded anyway).
void JsonDocument::indexValues() {
  std::vector<const rapidjson::Value*> pending;
  pending.reserve(64);  // the siblings of every open level: about a hundred for a task definition
  pending.push_back(dom_.get());
  NodeId next = 0;
  while (!pending.empty()) {
    const rapidjson::Value* value = pending.back();
    pending.pop_back();
    nodes_[next++].value = value;
    if (value->IsObject()) {
      for (auto it = value->MemberEnd(); it != value->MemberBegin();) pending.push_back(&(--it)->value);
    } else if (value->IsArray()) {
      for (auto it = value->End(); it != value->Begin();) pending.push_back(--it);
    }
  }
}

void JsonDocument::findDuplicateKeys() {
  // Each later repeat pairs with the first occurrence. Objects are small (a task definition's
  // largest has about 20 members), so pairwise comparison beats sorting; large ones are sorted.
  constexpr std::size_t kPairwiseLimit = 32;
  std::vector<std::pair<std::string_view, NodeId>> members;
  for (NodeId id = 0; id < nodes_.size(); ++id) {
    if (!nodes_[id].value->IsObject() || nodes_[id].value->MemberCount() < 2) continue;
    members.clear();
    for (NodeId child = firstChild(id); child != kNoNode; child = nextSibling(child)) {
      members.emplace_back(keyName(child), child);
    }
    if (members.size() <= kPairwiseLimit) {
      for (std::size_t i = 1; i < members.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
          if (members[j].first == members[i].first) {
            duplicates_.push_back(DuplicateKey{members[j].second, members[i].second});
            break;
          }
        }
      }
      continue;
    }
    // Sort by name, stable so each later repeat pairs with the first occurrence.
    std::stable_sort(members.begin(), members.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 1; i < members.size(); ++i) {
      std::size_t first = i - 1;
      while (i < members.size() && members[i].first == members[first].first) {
        duplicates_.push_back(DuplicateKey{members[first].second, members[i].second});
        ++i;
      }
    }
  }
  std::sort(duplicates_.begin(), duplicates_.end(),
            [](const DuplicateKey& a, const DuplicateKey& b) { return a.repeated < b.repeated; });
}

NodeId JsonDocument::firstChild(NodeId id) const { return nodes_[id].subtreeSize > 1 ? id + 1 : kNoNode; }

NodeId JsonDocument::nextSibling(NodeId id) const {
  const NodeId parent = nodes_[id].parent;
  if (parent == kNoNode) return kNoNode;
  const NodeId next = id + nodes_[id].subtreeSize;
  return next < parent + nodes_[parent].subtreeSize ? next : kNoNode;
}

NodeId JsonDocument::member(NodeId object, std::string_view key) const {
  if (!nodes_[object].value->IsObject()) return kNoNode;
  NodeId found = kNoNode;
  for (NodeId child = firstChild(object); child != kNoNode; child = nextSibling(child)) {
    if (keyName(child) == key) found = child;
  }
  return found;
}

NodeId JsonDocument::element(NodeId array, std::uint32_t index) const {
  if (!nodes_[array].value->IsArray()) return kNoNode;
  NodeId child = firstChild(array);
  for (std::uint32_t i = 0; i < index && child != kNoNode; ++i) child = nextSibling(child);
  return child;
}

bool JsonDocument::isMember(NodeId id) const {
  const NodeId parent = nodes_[id].parent;
  return parent != kNoNode && nodes_[parent].value->IsObject();
}

std::string_view JsonDocument::keyName(NodeId id) const {
  if (!isMember(id)) return {};
  const auto& name = (nodes_[nodes_[id].parent].value->MemberBegin() + nodes_[id].indexInParent)->name;
  return std::string_view(name.GetString(), name.GetStringLength());
}

std::string JsonDocument::pointer(NodeId id) const { return pointerOf(*this, id); }

NodeId JsonDocument::find(std::string_view pointer) const {
  NodeId at = rootId();
  std::string token;
  while (!pointer.empty()) {
    if (!takePointerToken(pointer, token)) return kNoNode;
    const rapidjson::Value& value = *nodes_[at].value;
    std::uint32_t index = 0;
    if (value.IsObject()) {
      at = member(at, token);
    } else if (value.IsArray() && parseIndexToken(token, index)) {
      at = element(at, index);
    } else {
      return kNoNode;
    }
    if (at == kNoNode) return kNoNode;
  }
  return at;
}

std::string_view stringValue(const rapidjson::Value& value) {
  if (!value.IsString()) return {};
  return std::string_view(value.GetString(), value.GetStringLength());
}

}  // namespace ecslint
