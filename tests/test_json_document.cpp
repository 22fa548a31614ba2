#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "json/json_document.h"
#include "support/utf8.h"

namespace ecslint {
namespace {

std::string spanText(const JsonDocument& document, ByteRange range) {
  return std::string(document.source().bytes().substr(range.begin, range.end - range.begin));
}

}  // namespace

TEST_CASE("json document: every value and key has its exact span") {
  const SourceText source("t.json", R"({
  "family" : "web",
  "containerDefinitions": [ { "name": "a", "cpu": 256, "essential": true, "x": null } ],
  "tags": [],
  "o": {}
})");
  auto parsed = JsonDocument::parse(source);
  REQUIRE(parsed);
  const JsonDocument& document = *parsed;
  const NodeId family = document.find("/family");
  REQUIRE(family != kNoNode);
  CHECK(spanText(document, document.node(family).span) == "\"web\"");
  CHECK(spanText(document, document.node(family).keySpan) == "\"family\"");
  CHECK(spanText(document, document.node(document.find("/containerDefinitions/0/cpu")).span) == "256");
  CHECK(spanText(document, document.node(document.find("/containerDefinitions/0/essential")).span) == "true");
  CHECK(spanText(document, document.node(document.find("/containerDefinitions/0/x")).span) == "null");
  CHECK(spanText(document, document.node(document.find("/containerDefinitions/0")).span)
            .starts_with("{ \"name\""));
  CHECK(spanText(document, document.node(document.find("/tags")).span) == "[]");
  CHECK(spanText(document, document.node(document.find("/o")).span) == "{}");
  // Array elements have no key span.
  CHECK(document.node(document.find("/containerDefinitions/0")).keySpan.end == 0);
  CHECK(document.pointer(document.find("/containerDefinitions/0/name")) == "/containerDefinitions/0/name");
  CHECK(document.find("/nope") == kNoNode);
  CHECK(document.find("/containerDefinitions/7") == kNoNode);
}

TEST_CASE("json document: pointers escape '~' and '/'") {
  const SourceText source("t.json", R"({"a/b": {"c~d": 1}})");
  auto parsed = JsonDocument::parse(source);
  REQUIRE(parsed);
  const NodeId node = parsed->find("/a~1b/c~0d");
  REQUIRE(node != kNoNode);
  CHECK(parsed->pointer(node) == "/a~1b/c~0d");
}

TEST_CASE("json document: siblings and members walk in document order") {
  const SourceText source("t.json", R"({"a": [1, [2, 3], {"b": 4}], "c": 5})");
  auto parsed = JsonDocument::parse(source);
  REQUIRE(parsed);
  const NodeId array = parsed->member(JsonDocument::rootId(), "a");
  std::vector<std::string> elements;
  for (NodeId child = parsed->firstChild(array); child != kNoNode; child = parsed->nextSibling(child)) {
    elements.push_back(parsed->pointer(child));
  }
  CHECK(elements == std::vector<std::string>{"/a/0", "/a/1", "/a/2"});
  CHECK(parsed->value(parsed->member(JsonDocument::rootId(), "c")).GetInt() == 5);
}

TEST_CASE("json document: duplicate keys are found, the later one is reported and wins") {
  const SourceText source("t.json", R"({"a": 1, "b": {"x": 1, "x": 2, "x": 3}, "a": 2})");
  auto parsed = JsonDocument::parse(source);
  REQUIRE(parsed);
  const auto& duplicates = parsed->duplicateKeys();
  REQUIRE(duplicates.size() == 3);
  CHECK(parsed->pointer(duplicates[0].repeated) == "/b/x");
  CHECK(spanText(*parsed, parsed->node(duplicates[2].repeated).keySpan) == "\"a\"");
  CHECK(parsed->value(parsed->member(JsonDocument::rootId(), "a")).GetInt() == 2);
}

TEST_CASE("json document: a UTF-8 BOM is accepted and spans stay file offsets") {
  const SourceText source("t.json", "\xEF\xBB\xBF{\"a\": 1}");
  auto parsed = JsonDocument::parse(source);
  REQUIRE(parsed);
  CHECK(parsed->node(parsed->find("/a")).span.begin == 9);
}

TEST_CASE("json document: syntax errors point at the offending byte with a human message") {
  struct Case {
    std::string text;
    std::uint32_t offset;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"{\"a\": 1,\n}", 7, "trailing comma before '}'"},
      {"[1, 2, ]", 5, "trailing comma before ']'"},
      {"{\"a\": 1 \"b\": 2}", 8, "expected ',' or '}'"},
      {"{// c\n}", 1, "comments are not allowed"},
      {"{'a': 1}", 1, "double quotes"},
      {"{\"cpu\": ${cpu}}", 8, "template placeholder"},
      {"", 0, "the file is empty"},
      {"   ", 3, "the file is empty"},
      {"{\"a\": \"x", 8, "unterminated string"},
      {"{\"a\": 1} x", 9, "after the end of the JSON document"},
      {"{\"a\": \"\xFF\"}", 7, "invalid UTF-8"},
      {"{\"a\": \"\x01\"}", 7, "must be escaped"},
      {"{\"a\": 1e400}", 6, "too large"},
      {std::string("{\"a\": 1}\0x", 10), 8, "NUL byte"},
      {std::string("{\"a\": \"\0\"}", 10), 7, "NUL byte inside a string"},
      // Lone UTF-16 surrogates, high or low, at the escape's backslash, in values and keys, after
      // other escapes and a pair, and in a file that is not UTF-8 elsewhere (RapidJSON validates).
      {"{\"a\": \"x\\ud800y\"}", 8, "unpaired UTF-16 surrogate"},
      {"{\"a\": \"x\\udc00y\"}", 8, "unpaired UTF-16 surrogate"},
      {"{\"a\\uDFFF\": 1}", 3, "unpaired UTF-16 surrogate"},
      {"{\"a\": \"\\\\\\\"\\u00e9\\ud83d\\ude00\\udc00\"}", 29, "unpaired UTF-16 surrogate"},
      {"{\"a\": \"\\\\udc00\\udc00\"}", 14, "unpaired UTF-16 surrogate"},  // "\\udc00" is text
      {"{\"b\": \"\xFF\", \"a\": \"\\udc00\"}", 7, "invalid UTF-8"},
      {"{\"a\": \"\\udc00\", \"b\": \"\xFF\"}", 7, "unpaired UTF-16 surrogate"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const SourceText source("t.json", c.text);
    auto parsed = JsonDocument::parse(source);
    REQUIRE(!parsed);
    CHECK(parsed.error().range.begin == c.offset);
    CHECK_MESSAGE(parsed.error().message.find(c.message) != std::string::npos, parsed.error().message);
  }
}

TEST_CASE("json document: an escaped backslash before 'udc00' is no surrogate") {
  const SourceText source("t.json", "{\"a\\\\udc00\": \"\\\\udc00\\ud83d\\ude00\"}");
  auto parsed = JsonDocument::parse(source);
  REQUIRE(parsed);
  CHECK(parsed->keyName(1) == "a\\udc00");
  CHECK(stringValue(parsed->value(1)) == "\\udc00\xF0\x9F\x98\x80");
}

TEST_CASE("json document: strings parsed in place equal RapidJSON's own parse") {
  // Strings are unescaped over a copy of the file, a run of plain bytes at a time
  // (TrackingStream::copyUnescapedRun): escapes at every offset around the eight-byte steps, in
  // keys and values, next to multi-byte characters, must come out as RapidJSON's copying parse
  // gives them, and the spans must still cover the source text.
  const std::vector<std::string> escapes = {
      "\\n", "\\\"", "\\\\", "\\/", "\\t", "\\u00e9", "\\ud83d\\ude00", "\xC3\xA9", "\xF0\x9F\x98\x80"};
  std::string json = "{";
  for (std::size_t e = 0; e < escapes.size(); ++e) {
    for (std::size_t offset = 0; offset < 20; ++offset) {
      const std::string text =
          std::string(offset, 'a') + escapes[e] + std::string(19 - offset, 'b') + escapes[e];
      json += (json.size() > 1 ? ",\n  \"" : "\n  \"") + text + std::to_string(e) + "_" +
              std::to_string(offset) + "\": \"" + text + "\"";
    }
  }
  json += "\n}\n";
  rapidjson::Document reference;
  reference.Parse(json.c_str(), json.size());
  REQUIRE_FALSE(reference.HasParseError());
  const SourceText source("t.json", json);
  auto parsed = JsonDocument::parse(source);
  REQUIRE(parsed);
  const rapidjson::Value& root = parsed->root();
  REQUIRE(root.MemberCount() == reference.MemberCount());
  for (rapidjson::SizeType i = 0; i < root.MemberCount(); ++i) {
    const auto& mine = root.MemberBegin()[i];
    const auto& theirs = reference.MemberBegin()[i];
    CHECK(std::string_view(mine.name.GetString(), mine.name.GetStringLength()) ==
          std::string_view(theirs.name.GetString(), theirs.name.GetStringLength()));
    CHECK(std::string_view(mine.value.GetString(), mine.value.GetStringLength()) ==
          std::string_view(theirs.value.GetString(), theirs.value.GetStringLength()));
  }
  // Spans are offsets into the untouched source, so they still read the escaped text.
  const NodeId last = static_cast<NodeId>(parsed->nodeCount() - 1);
  CHECK(spanText(*parsed, parsed->node(last).span).starts_with("\"aaaaaaaaaaaaaaaaaaa"));
}

TEST_CASE("json document: a multi-byte sequence cut off by the end of the file is a syntax error") {
  // Parsed in place: RapidJSON's UTF-8 validation keeps copying the bytes a truncated sequence
  // should have had after the input has ended. Under AddressSanitizer this was a buffer overflow.
  for (const char* text : {"\"i\xE6", "\"\xF0\x9F", "\"\xF0\x9F\x98", "{\"a\": \"\xE6", "[\"\xC3"}) {
    const SourceText source("t.json", text);
    auto parsed = JsonDocument::parse(source);
    CHECK_FALSE(parsed);
  }
}

TEST_CASE("json document: UTF-16 and UTF-32 files are recognised") {
  for (const std::string& text :
       {std::string("\xFF\xFE{\0}\0", 6), std::string("{\0}\0", 4), std::string("\xFF\xFE\0\0{\0\0\0", 8)}) {
    const SourceText source("t.json", text);
    auto parsed = JsonDocument::parse(source);
    REQUIRE(!parsed);
    CHECK(parsed.error().kind == JsonError::Kind::Encoding);
  }
}

TEST_CASE("json document: deep nesting is refused without recursion") {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  const SourceText source("t.json", deep);
  auto parsed = JsonDocument::parse(source);
  REQUIRE(!parsed);
  CHECK(parsed.error().kind == JsonError::Kind::TooDeep);
  CHECK(parsed.error().range.begin == JsonDocument::kMaxDepth);

  const std::string unclosed(200000, '{');
  const SourceText source2("t.json", unclosed);
  CHECK(!JsonDocument::parse(source2));

  const std::string fine =
      std::string(JsonDocument::kMaxDepth, '[') + std::string(JsonDocument::kMaxDepth, ']');
  const SourceText source3("t.json", fine);
  CHECK(JsonDocument::parse(source3));
}

TEST_CASE("json document: the deepest value allowed has a pointer") {
  // Pointers are built on a fixed-size chain of ancestors (NodeChain): the deepest value the
  // parser accepts, a scalar inside kMaxDepth nested containers, must fit in it.
  const std::string deepest = std::string(JsonDocument::kMaxDepth - 1, '[') + "{\"k\": 1}" +
                              std::string(JsonDocument::kMaxDepth - 1, ']');
  const SourceText source("t.json", deepest);
  auto parsed = JsonDocument::parse(source);
  REQUIRE(parsed);
  const NodeId last = static_cast<NodeId>(parsed->nodeCount() - 1);
  std::string expected;
  for (std::uint32_t i = 0; i + 1 < JsonDocument::kMaxDepth; ++i) expected += "/0";
  CHECK(parsed->pointer(last) == expected + "/k");
}

}  // namespace ecslint

namespace ecslint {

TEST_CASE("json document: the UTF-8 pre-check agrees with RapidJSON's validation") {
  // JsonDocument parses a file that isValidUtf8 accepts without RapidJSON's own validation, so the
  // two must accept exactly the same strings: every one- and two-byte sequence, and three- and
  // four-byte sequences over every lead byte and every second byte (where overlongs, surrogates
  // and values above U+10FFFF are decided), between ASCII letters.
  const auto rapidjsonAccepts = [](const std::string& bytes) {
    const std::string json = "\"a" + bytes + "b\"";
    rapidjson::Document document;
    document.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str(), json.size());
    return !document.HasParseError();
  };
  std::vector<std::string> sequences;
  for (int first = 0x20; first < 0x100; ++first) {
    if (first == '"' || first == '\\') continue;
    sequences.push_back(std::string(1, static_cast<char>(first)));
    for (int second = 0; second < 0x100; ++second) {
      const std::string two{static_cast<char>(first), static_cast<char>(second)};
      if (second >= 0x20 && second != '"' && second != '\\') sequences.push_back(two);
      if (first >= 0xE0) {
        sequences.push_back(two + "\x80");
        sequences.push_back(two + "\xBF");
        sequences.push_back(two + "\x80\x80");
        sequences.push_back(two + "\xBF\xBF");
      }
    }
  }
  int disagreements = 0;
  for (const std::string& sequence : sequences) {
    if (isValidUtf8(sequence) != rapidjsonAccepts(sequence)) ++disagreements;
  }
  CHECK(disagreements == 0);
  CHECK(sequences.size() > 50000);
}

}  // namespace ecslint
