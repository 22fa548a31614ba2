#pragma once
// The one JSON parse routine behind loadJson (a file, json_loader.cpp) and loadEmbeddedJson (JSON
// inside a JSON string, embedded_json.cpp): RapidJSON's SAX reader over bytes parsed in place, its
// events turned into nodes of a DocumentBuilder with the Document's limits. The two differ only in
// where spans point, the routine's span policy: the identity for a file, the string's escape map
// for embedded JSON. Internal to json/.
//
// Everything here is in an anonymous namespace, so each of the two files has its own copy with
// internal linkage: GCC then inlines the helpers each parse calls (RapidJSON's UTF-8 encoder among
// them) into it as it did when the loader was the only user. Instantiated twice in one file, or
// with external linkage, they were called, not inlined, and the file loader ran 0.5% more
// instructions on escape-heavy input.

#include <rapidjson/reader.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "document/document_builder.h"
#include "json/syntax_error.h"
#include "support/result.h"
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
// unescaped over its own bytes (the write position never passes the read position), and the copy is
// the document's text: strings are decoded where they lie and numbers are their own bytes, so
// nothing is copied again (DocumentBuilder::adoptText).
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
  const char* at(std::uint32_t offset) const { return base_ + offset; }
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

// A span policy says where a range of the parsed text lies in the document's source:
// sourceRange(range). EscapedStringMap (embedded_json.h) is the other one. For a file the spans are
// offsets in the parsed text itself, and the identity compiles away.
struct IdentitySpans {
  ByteRange sourceRange(ByteRange range) const { return range; }
};

// SAX handler: turns RapidJSON's events into Document nodes, in pre-order, through the builder.
// The limits are checked here, before the builder sees the event, so that the parse stops at the
// token that crosses them with JSON's own messages (the builder is given no limits of its own).
// Positions are offsets in the parsed text; `Spans` maps them to the document's source.
template <class Spans>
class DocumentRecorder {
 public:
  DocumentRecorder(DocumentBuilder& builder, const TrackingStream& stream, std::uint32_t maxValues,
                   std::string_view original, const Spans& spans)
      : builder_(builder), stream_(stream), maxValues_(maxValues), original_(original), spans_(spans) {}

  bool Null() { return literal(NodeKind::Null); }
  bool Bool(bool) { return literal(NodeKind::Boolean); }
  // RapidJSON reads an integer literal into the first of these that holds it, and one too large
  // for any of them (or with a fraction or exponent) as a double: the kinds the schema stage and
  // valijson, which reads RapidJSON's values, must agree on.
  bool Int(int) { return literal(NodeKind::Integer); }
  bool Uint(unsigned) { return literal(NodeKind::Integer); }
  bool Int64(std::int64_t) { return literal(NodeKind::Integer); }
  bool Uint64(std::uint64_t) { return literal(NodeKind::Integer); }
  bool Double(double) { return literal(NodeKind::Float); }
  // Only with kParseNumbersAsStringsFlag, which the loader does not pass.
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return literal(NodeKind::Float); }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    const std::uint32_t begin = stream_.tokenStart();
    if (!pairedSurrogates(s, n) || !admit(begin)) return false;
    (void)builder_.scalar(NodeKind::String, ScalarStyle::DoubleQuoted, std::string_view(s, n), {},
                          spans_.sourceRange(ByteRange{begin, tell()}));
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (!pairedSurrogates(s, n)) return false;
    builder_.key(std::string_view(s, n), spans_.sourceRange(ByteRange{stream_.tokenStart(), tell()}));
    return true;
  }
  bool StartObject() { return open(NodeKind::Mapping); }
  bool StartArray() { return open(NodeKind::Sequence); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  std::optional<std::uint32_t> tooDeepAt() const { return tooDeepAt_; }
  std::optional<std::uint32_t> loneSurrogateAt() const { return loneSurrogateAt_; }
  std::optional<std::uint32_t> tooManyAt() const { return tooManyAt_; }

 private:
  std::uint32_t tell() const { return static_cast<std::uint32_t>(stream_.Tell()); }

  // False once the value limit is reached, which stops the parse there (ECS015).
  bool admit(std::uint32_t begin) {
    if (builder_.document().nodeCount() < maxValues_) return true;
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

  // A number, true, false or null: its text is the literal as written (in-place parsing rewrites
  // only the inside of strings, so these are still the file's bytes, in the document's text).
  bool literal(NodeKind kind) {
    const std::uint32_t begin = stream_.tokenStart();
    if (!admit(begin)) return false;
    const std::uint32_t end = tell();
    (void)builder_.scalar(kind, ScalarStyle::Plain, std::string_view(stream_.at(begin), end - begin), {},
                          spans_.sourceRange(ByteRange{begin, end}));
    return true;
  }

  bool open(NodeKind kind) {
    const std::uint32_t begin = stream_.tokenStart();
    if (builder_.depth() >= Document::kMaxDepth) {
      tooDeepAt_ = begin;
      return false;
    }
    if (!admit(begin)) return false;
    (void)builder_.open(kind, ScalarStyle::Flow, {}, spans_.sourceRange(ByteRange{begin, begin + 1}).begin);
    return true;
  }

  bool close() {
    const std::uint32_t bracket = stream_.tokenStart();
    (void)builder_.close(spans_.sourceRange(ByteRange{bracket, bracket + 1}).end);  // just past the bracket
    return true;
  }

  DocumentBuilder& builder_;
  const TrackingStream& stream_;
  std::uint32_t maxValues_;
  std::optional<std::uint32_t> tooDeepAt_;
  std::optional<std::uint32_t> tooManyAt_;
  std::optional<std::uint32_t> loneSurrogateAt_;
  std::string_view original_;  // the file's bytes, before in-place parsing rewrites its strings
  const Spans& spans_;
};

// RapidJSON's recursive reader, which is faster than its iterative one: the recursion is as deep as
// the nesting, and StartObject and StartArray refuse to open a container past kMaxDepth, which
// ends the parse there (ECS014) long before the stack is at risk.
constexpr unsigned kParseFlags = rapidjson::kParseInsituFlag;
// Validating UTF-8 inside RapidJSON's string loop costs a sixth of the parse; a file that is valid
// UTF-8 throughout (checked eight ASCII bytes at a time) is parsed without it, and only a file with
// an invalid sequence pays for RapidJSON's check, which reports where in which string it is.
constexpr unsigned kParseFlagsValidatingUtf8 = kParseFlags | rapidjson::kParseValidateEncodingFlag;

template <class Spans>
DocumentError mapped(DocumentError error, const Spans& spans) {
  error.range = spans.sourceRange(error.range);
  return error;
}

template <class Spans>
Result<NodeId, DocumentError> parseInto(DocumentBuilder& builder, char* bytes, std::size_t size,
                                        std::uint32_t start, std::string_view original,
                                        std::uint32_t maxValues, const Spans& spans) {
  const auto root = static_cast<NodeId>(builder.document().nodeCount());
  TrackingStream stream(bytes, size, start);
  DocumentRecorder<Spans> recorder(builder, stream, maxValues, original, spans);
  rapidjson::Reader reader;
  const rapidjson::ParseResult result = isValidUtf8(original)
                                            ? reader.Parse<kParseFlags>(stream, recorder)
                                            : reader.Parse<kParseFlagsValidatingUtf8>(stream, recorder);

  if (const auto at = recorder.tooDeepAt()) {
    return makeError(
        mapped(documentError(DocumentError::Kind::TooDeep, ByteRange{*at, *at + 1}, "ECS014.json-too-deep",
                             {{"limit", std::to_string(Document::kMaxDepth)}}),
               spans));
  }
  if (const auto at = recorder.tooManyAt()) {
    return makeError(
        mapped(documentError(DocumentError::Kind::TooLarge, ByteRange{*at, *at + 1},
                             "ECS015.json-too-many-values", {{"limit", withThousands(maxValues)}}),
               spans));
  }
  if (const auto at = recorder.loneSurrogateAt()) {
    return makeError(mapped(
        describeSyntaxError(original, *at, rapidjson::kParseErrorStringUnicodeSurrogateInvalid), spans));
  }
  if (result.IsError()) {
    return makeError(mapped(
        describeSyntaxError(original, static_cast<std::uint32_t>(result.Offset()), result.Code()), spans));
  }
  // RapidJSON stops at a NUL byte as if it were the end of the input.
  if (stream.Tell() < size) {
    const auto at = static_cast<std::uint32_t>(stream.Tell());
    return makeError(mapped(
        documentError(DocumentError::Kind::Syntax, ByteRange{at, at + 1}, "ECS001.json.nul-after-document"),
        spans));
  }
  return root;
}

}  // namespace
}  // namespace ecslint
