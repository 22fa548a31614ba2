#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "json/json_loader.h"
#include "support/utf8.h"

namespace ecslint {
namespace {

std::string spanText(const Document& document, ByteRange range) {
  return std::string(document.source().bytes().substr(range.begin, range.end - range.begin));
}

}  // namespace

TEST_CASE("json loader: every value and key has its exact span") {
  const SourceText source("t.json", R"({
  "family" : "web",
  "containerDefinitions": [ { "name": "a", "cpu": 256, "essential": true, "x": null } ],
  "tags": [],
  "o": {}
})");
  auto parsed = loadJson(source);
  REQUIRE(parsed);
  const Document& document = *parsed;
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

TEST_CASE("json loader: pointers escape '~' and '/'") {
  const SourceText source("t.json", R"({"a/b": {"c~d": 1}})");
  auto parsed = loadJson(source);
  REQUIRE(parsed);
  const NodeId node = parsed->find("/a~1b/c~0d");
  REQUIRE(node != kNoNode);
  CHECK(parsed->pointer(node) == "/a~1b/c~0d");
}

TEST_CASE("json loader: siblings and members walk in document order") {
  const SourceText source("t.json", R"({"a": [1, [2, 3], {"b": 4}], "c": 5})");
  auto parsed = loadJson(source);
  REQUIRE(parsed);
  const NodeId array = parsed->member(Document::rootId(), "a");
  std::vector<std::string> elements;
  for (NodeId child = parsed->firstChild(array); child != kNoNode; child = parsed->nextSibling(child)) {
    elements.push_back(parsed->pointer(child));
  }
  CHECK(elements == std::vector<std::string>{"/a/0", "/a/1", "/a/2"});
  CHECK(parsed->text(parsed->member(Document::rootId(), "c")) == "5");
}

TEST_CASE("json loader: duplicate keys are found, the later one is reported and wins") {
  const SourceText source("t.json", R"({"a": 1, "b": {"x": 1, "x": 2, "x": 3}, "a": 2})");
  auto parsed = loadJson(source);
  REQUIRE(parsed);
  const auto& duplicates = parsed->duplicateMembers();
  REQUIRE(duplicates.size() == 3);
  CHECK(parsed->pointer(duplicates[0].repeated) == "/b/x");
  CHECK(spanText(*parsed, parsed->node(duplicates[2].repeated).keySpan) == "\"a\"");
  CHECK(parsed->text(parsed->member(Document::rootId(), "a")) == "2");

  // In document order, though an inner mapping closes (and is checked) before the outer one.
  const SourceText nested("t.json", R"({"a": 1, "a": 2, "b": {"x": 1, "x": 2}, "b": 3})");
  auto ordered = loadJson(nested);
  REQUIRE(ordered);
  std::vector<std::string> repeats;
  for (const DuplicateMember& duplicate : ordered->duplicateMembers()) {
    repeats.push_back(ordered->pointer(duplicate.repeated));
  }
  CHECK(repeats == std::vector<std::string>{"/a", "/b/x", "/b"});
}

TEST_CASE("json loader: repeats in a mapping of more than 32 members pair with the first occurrence") {
  // Up to 32 members are compared pairwise, larger mappings are sorted: both must give the same
  // pairs, in document order.
  for (const int members : {8, 32, 33, 100}) {
    std::string json = "{";
    for (int i = 0; i < members; ++i)
      json += (i > 0 ? ", \"k" : "\"k") + std::to_string(i % 7) + "\": " + std::to_string(i);
    json += "}";
    INFO(json);
    const SourceText source("t.json", json);
    auto parsed = loadJson(source);
    REQUIRE(parsed);
    const auto& duplicates = parsed->duplicateMembers();
    REQUIRE(duplicates.size() == static_cast<std::size_t>(members - 7));
    for (std::size_t i = 0; i < duplicates.size(); ++i) {
      CHECK(duplicates[i].repeated == static_cast<NodeId>(i + 8));  // member i + 7, after the root
      CHECK(parsed->keyName(duplicates[i].first) == parsed->keyName(duplicates[i].repeated));
      CHECK(duplicates[i].first == static_cast<NodeId>((i + 7) % 7 + 1));
    }
  }
}

TEST_CASE("json loader: numbers are integers exactly when RapidJSON reads them as integers") {
  // The schema stage's fast check reads these kinds, valijson RapidJSON's values: they must agree,
  // including integer literals beyond uint64, which RapidJSON reads as doubles.
  for (const char* literal :
       {"0", "-0", "7", "-1", "2147483647", "2147483648", "-2147483649", "4294967296", "9223372036854775808",
        "-9223372036854775809", "18446744073709551615", "18446744073709551616",
        "123456789012345678901234567890", "1.0", "0.5", "-0.0", "1e2", "1E-2", "1e-400"}) {
    INFO(literal);
    rapidjson::Document reference;
    reference.Parse(literal);
    REQUIRE_FALSE(reference.HasParseError());
    const SourceText source("t.json", literal);
    auto parsed = loadJson(source);
    REQUIRE(parsed);
    CHECK(parsed->kind(Document::rootId()) == (reference.IsDouble() ? NodeKind::Float : NodeKind::Integer));
    CHECK(parsed->text(Document::rootId()) == literal);
  }
}

TEST_CASE("json loader: scalars keep their text, kinds and styles") {
  const SourceText source(
      "t.json", R"({"s": "a\u00e9\n", "t": true, "f": false, "n": null, "i": -12, "o": {}, "a": []})");
  auto parsed = loadJson(source);
  REQUIRE(parsed);
  const auto at = [&](const char* pointer) { return parsed->find(pointer); };
  CHECK(parsed->text(at("/s")) == "a\xC3\xA9\n");
  CHECK(parsed->kind(at("/s")) == NodeKind::String);
  CHECK(parsed->node(at("/s")).style == ScalarStyle::DoubleQuoted);
  CHECK(parsed->text(at("/t")) == "true");
  CHECK(parsed->text(at("/f")) == "false");
  CHECK(parsed->kind(at("/f")) == NodeKind::Boolean);
  CHECK(parsed->text(at("/n")) == "null");
  CHECK(parsed->kind(at("/n")) == NodeKind::Null);
  CHECK(parsed->node(at("/n")).style == ScalarStyle::Plain);
  CHECK(parsed->text(at("/i")) == "-12");
  CHECK(parsed->kind(at("/o")) == NodeKind::Mapping);
  CHECK(parsed->kind(at("/a")) == NodeKind::Sequence);
  CHECK(parsed->text(at("/o")).empty());
  CHECK(parsed->syntax() == Syntax::Json);
  // Pre-order ids, as every finding and suppression records them.
  CHECK(at("/s") == 1);
  CHECK(at("/a") == 7);
}

TEST_CASE("json loader: the value limit stops the parse at the value that crosses it") {
  const SourceText source("t.json", "[1, {\"a\": 2}, 3]");
  auto parsed = loadJson(source, 4);
  REQUIRE(!parsed);
  CHECK(parsed.error().kind == DocumentError::Kind::TooLarge);
  CHECK(parsed.error().range.begin == 14);  // the "3": the root, 1, the object and 2 are four
  CHECK(parsed.error().message.find("more than 4 values") != std::string::npos);
  CHECK(loadJson(source, 5));
}

TEST_CASE("json loader: a UTF-8 BOM is accepted and spans stay file offsets") {
  const SourceText source("t.json", "\xEF\xBB\xBF{\"a\": 1}");
  auto parsed = loadJson(source);
  REQUIRE(parsed);
  CHECK(parsed->node(parsed->find("/a")).span.begin == 9);
}

TEST_CASE("json loader: syntax errors point at the offending byte with a human message") {
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
    auto parsed = loadJson(source);
    REQUIRE(!parsed);
    CHECK(parsed.error().range.begin == c.offset);
    CHECK_MESSAGE(parsed.error().message.find(c.message) != std::string::npos, parsed.error().message);
  }
}

TEST_CASE("json loader: an escaped backslash before 'udc00' is no surrogate") {
  const SourceText source("t.json", "{\"a\\\\udc00\": \"\\\\udc00\\ud83d\\ude00\"}");
  auto parsed = loadJson(source);
  REQUIRE(parsed);
  CHECK(parsed->keyName(1) == "a\\udc00");
  CHECK(parsed->text(1) == "\\udc00\xF0\x9F\x98\x80");
}

TEST_CASE("json loader: strings parsed in place equal RapidJSON's own parse") {
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
  auto parsed = loadJson(source);
  REQUIRE(parsed);
  rapidjson::SizeType members = 0;
  for (NodeId mine = parsed->firstChild(Document::rootId()); mine != kNoNode;
       mine = parsed->nextSibling(mine), ++members) {
    REQUIRE(members < reference.MemberCount());
    const auto& theirs = reference.MemberBegin()[members];
    CHECK(parsed->keyName(mine) == std::string_view(theirs.name.GetString(), theirs.name.GetStringLength()));
    CHECK(parsed->text(mine) == std::string_view(theirs.value.GetString(), theirs.value.GetStringLength()));
  }
  CHECK(members == reference.MemberCount());
  // Spans are offsets into the untouched source, so they still read the escaped text.
  const NodeId last = static_cast<NodeId>(parsed->nodeCount() - 1);
  CHECK(spanText(*parsed, parsed->node(last).span).starts_with("\"aaaaaaaaaaaaaaaaaaa"));
}

TEST_CASE("json loader: a multi-byte sequence cut off by the end of the file is a syntax error") {
  // Parsed in place: RapidJSON's UTF-8 validation keeps copying the bytes a truncated sequence
  // should have had after the input has ended. Under AddressSanitizer this was a buffer overflow.
  for (const char* text : {"\"i\xE6", "\"\xF0\x9F", "\"\xF0\x9F\x98", "{\"a\": \"\xE6", "[\"\xC3"}) {
    const SourceText source("t.json", text);
    auto parsed = loadJson(source);
    CHECK_FALSE(parsed);
  }
}

TEST_CASE("json loader: UTF-16 and UTF-32 files are recognised") {
  for (const std::string& text :
       {std::string("\xFF\xFE{\0}\0", 6), std::string("{\0}\0", 4), std::string("\xFF\xFE\0\0{\0\0\0", 8)}) {
    const SourceText source("t.json", text);
    auto parsed = loadJson(source);
    REQUIRE(!parsed);
    CHECK(parsed.error().kind == DocumentError::Kind::Encoding);
  }
}

TEST_CASE("json loader: deep nesting is refused without recursion") {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  const SourceText source("t.json", deep);
  auto parsed = loadJson(source);
  REQUIRE(!parsed);
  CHECK(parsed.error().kind == DocumentError::Kind::TooDeep);
  CHECK(parsed.error().range.begin == Document::kMaxDepth);

  const std::string unclosed(200000, '{');
  const SourceText source2("t.json", unclosed);
  CHECK(!loadJson(source2));

  const std::string fine = std::string(Document::kMaxDepth, '[') + std::string(Document::kMaxDepth, ']');
  const SourceText source3("t.json", fine);
  CHECK(loadJson(source3));
}

TEST_CASE("json loader: the deepest value allowed has a pointer") {
  // Pointers are built on a fixed-size chain of ancestors (json_pointer.h): the deepest value the
  // parser accepts, a scalar inside kMaxDepth nested containers, must fit in it.
  const std::string deepest =
      std::string(Document::kMaxDepth - 1, '[') + "{\"k\": 1}" + std::string(Document::kMaxDepth - 1, ']');
  const SourceText source("t.json", deepest);
  auto parsed = loadJson(source);
  REQUIRE(parsed);
  const NodeId last = static_cast<NodeId>(parsed->nodeCount() - 1);
  std::string expected;
  for (std::uint32_t i = 0; i + 1 < Document::kMaxDepth; ++i) expected += "/0";
  CHECK(parsed->pointer(last) == expected + "/k");
}

}  // namespace ecslint

namespace ecslint {

TEST_CASE("json loader: the UTF-8 pre-check agrees with RapidJSON's validation") {
  // loadJson parses a file that isValidUtf8 accepts without RapidJSON's own validation, so the
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
