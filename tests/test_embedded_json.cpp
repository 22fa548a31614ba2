#include <doctest/doctest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "document/document_builder.h"
#include "json/embedded_json.h"
#include "json/json_loader.h"

namespace ecslint {
namespace {

std::string_view slice(std::string_view text, ByteRange range) {
  return text.substr(range.begin, range.end - range.begin);
}

// JSON text as a JSON string literal, as Terraform's jsonencode writes it: quotes, backslashes and
// control characters escaped, and `<`, `>`, `&` as \u escapes; with `escapeNonAscii`, every
// non-ASCII character as \u escapes too (surrogate pairs above U+FFFF).
std::string quoted(std::string_view text, bool escapeNonAscii = false) {
  std::string out = "\"";
  char buffer[16];
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else if (c >= 0x80 && escapeNonAscii) {
      const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      unsigned code = c & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
      for (std::size_t k = 1; k < length; ++k)
        code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      i += length - 1;
      if (code >= 0x10000) {
        code -= 0x10000;
        std::snprintf(buffer, sizeof buffer, "\\u%04X\\u%04X", 0xD800 + (code >> 10),
                      0xDC00 + (code & 0x3FF));
      } else {
        std::snprintf(buffer, sizeof buffer, "\\u%04x", code);
      }
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// The decoded text of a JSON string literal, through the JSON loader.
std::string decode(std::string_view literal) {
  const SourceText source("s.json", std::string(literal));
  auto parsed = loadJson(source);
  REQUIRE(parsed);
  REQUIRE(parsed->kind(Document::rootId()) == NodeKind::String);
  return std::string(parsed->text(Document::rootId()));
}

// A plan-like file holding `literal` as the value of "s": the file, its document and the string.
struct Holder {
  std::unique_ptr<SourceText> source;
  Document document;
  NodeId string;
};

Holder hold(std::string_view literal, std::string_view prefix = R"({"type": "x", "s": )") {
  auto source = std::make_unique<SourceText>("plan.json", std::string(prefix) + std::string(literal) + "}");
  auto parsed = loadJson(*source);
  REQUIRE(parsed);
  const NodeId string = parsed->member(Document::rootId(), "s");
  REQUIRE(string != kNoNode);
  return Holder{std::move(source), std::move(*parsed), string};
}

// The map covers the literal exactly: decoded bytes fall into runs that share one source range,
// the runs' ranges follow each other from the opening quote to the closing one, and each range's
// source text is its run's bytes, decoded when it is an escape.
void checkCovers(std::string_view literal) {
  INFO(literal);
  const Holder held = hold(literal);
  const std::string_view bytes = held.source->bytes();
  const ByteRange span = held.document.node(held.string).span;
  const std::string_view decoded = held.document.text(held.string);
  const EscapedStringMap map(bytes, span);
  REQUIRE(map.decodedSize() == decoded.size());
  std::uint32_t expected = span.begin + 1;
  for (std::uint32_t i = 0; i < decoded.size();) {
    const ByteRange range = map.sourceRange({i, i + 1});
    std::uint32_t j = i + 1;
    while (j < decoded.size() && map.sourceRange({j, j + 1}) == range) ++j;
    CHECK(range.begin == expected);
    const std::string_view written = slice(bytes, range);
    if (written.starts_with('\\')) {
      CHECK(decode("\"" + std::string(written) + "\"") == decoded.substr(i, j - i));
    } else {
      CHECK(written == decoded.substr(i, j - i));  // a byte as it is (one byte of raw UTF-8, too)
    }
    CHECK(map.sourceRange({i, j}) == range);
    expected = range.end;
    i = j;
  }
  CHECK(expected == span.end - 1);
  CHECK(map.sourceRange(
            {static_cast<std::uint32_t>(decoded.size()), static_cast<std::uint32_t>(decoded.size())}) ==
        ByteRange{span.end - 1, span.end - 1});
}

// Builds {"containerDefinitions": <the JSON in the string>} through loadEmbeddedJson, as the
// Terraform view does.
struct Embedded {
  Holder plan;
  Result<NodeId, DocumentError> root;
  std::optional<Document> document;
};

Embedded embed(std::string_view literal, std::uint32_t maxValues = Document::kMaxValues) {
  Embedded result{hold(literal), NodeId{0}, std::nullopt};
  const Document& plan = result.plan.document;
  DocumentBuilder builder(plan.source(), Syntax::Json, maxValues);
  REQUIRE(builder.open(NodeKind::Mapping, ScalarStyle::Flow, {}, 0));
  builder.key("containerDefinitions", plan.node(result.plan.string).keySpan);
  const EscapedStringMap map(plan.source().bytes(), plan.node(result.plan.string).span);
  result.root = loadEmbeddedJson(builder, plan.text(result.plan.string), map, maxValues);
  if (result.root) {
    REQUIRE(builder.close(static_cast<std::uint32_t>(plan.source().size())));
    result.document.emplace(std::move(builder).finish());
  }
  return result;
}

}  // namespace

TEST_CASE("embedded json: the escape map covers every escape kind, unicode and raw UTF-8") {
  checkCovers(R"("")");
  checkCovers(R"("plain ${var.x} %{ if x }")");
  checkCovers(R"("a\"b\\c\/d\be\ff\ng\rh\ti")");
  checkCovers(R"("\u00e9 \u20ac \u0041 \u003c")");                    // 2, 3, 1 bytes
  checkCovers(R"("x\uD83D\uDE00y\ud83d\ude00")");                     // 4 bytes from 12 source bytes
  checkCovers("\"raw \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 end\"");  // copied one to one
  checkCovers(R"("\\\\\"\"\\u0041")");  // escapes that look like others when decoded
}

TEST_CASE("embedded json: the map of each escape kind, byte by byte") {
  const Holder held = hold(R"("a\nb\u00e9\uD83D\uDE00c")");
  const ByteRange span = held.document.node(held.string).span;
  const EscapedStringMap map(held.source->bytes(), span);
  const std::uint32_t c = span.begin + 1;  // the content
  CHECK(map.decodedSize() == 1 + 1 + 1 + 2 + 4 + 1);
  CHECK(map.sourceRange({0, 1}) == ByteRange{c, c + 1});          // a
  CHECK(map.sourceRange({1, 2}) == ByteRange{c + 1, c + 3});      // \n
  CHECK(map.sourceRange({2, 3}) == ByteRange{c + 3, c + 4});      // b
  CHECK(map.sourceRange({3, 4}) == ByteRange{c + 4, c + 10});     // first byte of \u00e9
  CHECK(map.sourceRange({4, 5}) == ByteRange{c + 4, c + 10});     // its second byte
  CHECK(map.sourceRange({5, 9}) == ByteRange{c + 10, c + 22});    // the pair
  CHECK(map.sourceRange({6, 7}) == ByteRange{c + 10, c + 22});    // inside it
  CHECK(map.sourceRange({9, 10}) == ByteRange{c + 22, c + 23});   // c
  CHECK(map.sourceRange({0, 10}) == ByteRange{c, c + 23});        // the whole content
  CHECK(map.sourceRange({4, 4}) == ByteRange{c + 4, c + 4});      // empty: the start of its byte
  CHECK(map.sourceRange({10, 99}) == ByteRange{c + 23, c + 23});  // clamped: the closing quote
}

TEST_CASE("embedded json: lookups in any order give what lookups in order give") {
  std::string literal = "\"";
  for (int i = 0; i < 300; ++i) literal += i % 7 == 0 ? "\\u00e9" : i % 3 == 0 ? "ab" : "\\\"";
  literal += "\"";
  const Holder held = hold(literal);
  const EscapedStringMap map(held.source->bytes(), held.document.node(held.string).span);
  const std::uint32_t size = map.decodedSize();
  std::vector<ByteRange> inOrder;
  for (std::uint32_t i = 0; i <= size; ++i) inOrder.push_back(map.sourceRange({i, std::min(i + 1, size)}));
  // Backwards, and jumping about (far forward, back, near), against a fresh map and a used one.
  for (const bool fresh : {true, false}) {
    const EscapedStringMap other(held.source->bytes(), held.document.node(held.string).span);
    const EscapedStringMap& asked = fresh ? other : map;
    for (std::uint32_t i = size + 1; i-- > 0;)
      CHECK(asked.sourceRange({i, std::min(i + 1, size)}) == inOrder[i]);
    for (std::uint32_t k = 0; k <= size; ++k) {
      const std::uint32_t i = (k * 193) % (size + 1);
      CHECK(asked.sourceRange({i, std::min(i + 1, size)}) == inOrder[i]);
    }
  }
}

TEST_CASE("embedded json: a span that is not a string literal maps inside the file") {
  const std::string bytes = R"({"a": 12, "b": "x\)";
  for (const ByteRange span : {ByteRange{6, 8}, ByteRange{15, 18}, ByteRange{15, 99}, ByteRange{40, 50}}) {
    const EscapedStringMap map(bytes, span);
    const ByteRange all = map.sourceRange({0, map.decodedSize()});
    CHECK(all.begin <= all.end);
    CHECK(all.end <= bytes.size());
  }
}

TEST_CASE("embedded json: every scalar and key of the embedded document spans its escaped form in the plan") {
  const std::string containers =
      R"([{"name":"web","image":"nginx:1.25","cpu":10,"essential":true,)"
      R"("portMappings":[{"containerPort":80,"hostPort":8080}],)"
      R"("environment":[{"name":"GREETING","value":"h\u00e9llo \"you\"\n\tbye <&>"},)"
      "{\"name\":\"EMOJI\",\"value\":\"\xF0\x9F\x98\x80 \xE2\x82\xAC caf\xC3\xA9\"},"
      R"({"name":"PATH","value":"C:\\dir\\x /a\/b"},)"
      R"({"name":"TEMPLATE","value":"${var.x} %{ if y }"}],)"
      R"("command":["sh","-c","echo 'a' && exit 0"],"memory":null,"x":1.5e3,"y":[],"z":{}}])";
  for (const bool escapeNonAscii : {false, true}) {
    INFO("escapeNonAscii: " << escapeNonAscii);
    const Embedded embedded = embed(quoted(containers, escapeNonAscii));
    REQUIRE(embedded.root);
    REQUIRE(embedded.document);
    const Document& document = *embedded.document;
    // The same JSON read on its own, node for node (both are pre-order).
    const SourceText alone("alone.json", std::string(embedded.plan.document.text(embedded.plan.string)));
    auto standalone = loadJson(alone);
    REQUIRE(standalone);
    REQUIRE(document.nodeCount() == 1 + standalone->nodeCount());
    CHECK(*embedded.root == 1);
    const std::string_view plan = embedded.plan.source->bytes();
    for (NodeId id = 0; id < standalone->nodeCount(); ++id) {
      const NodeId mine = id + 1;
      INFO(standalone->pointer(id));
      CHECK(document.kind(mine) == standalone->kind(id));
      CHECK(document.text(mine) == standalone->text(id));
      if (id != 0) CHECK(document.keyName(mine) == standalone->keyName(id));
      const std::string_view written = slice(alone.bytes(), standalone->node(id).span);
      if (standalone->isScalar(id)) {
        // The plan's bytes in the span are the value as written inside the string, escaped.
        CHECK(decode("\"" + std::string(slice(plan, document.node(mine).span)) + "\"") == written);
      } else {
        CHECK(document.node(mine).subtreeSize == standalone->node(id).subtreeSize);
        CHECK(slice(plan, document.node(mine).span).front() == written.front());
        CHECK(slice(plan, document.node(mine).span).back() == written.back());
      }
      if (standalone->isMember(id)) {
        CHECK(decode("\"" + std::string(slice(plan, document.node(mine).keySpan)) + "\"") ==
              slice(alone.bytes(), standalone->node(id).keySpan));
      }
    }
    // The embedded value is the member: its key is the plan's key.
    CHECK(slice(plan, document.node(1).keySpan) == "\"s\"");
    CHECK(document.keyName(1) == "containerDefinitions");
    CHECK(document.node(1).parent == 0);
    const NodeId hostPort = document.find("/containerDefinitions/0/portMappings/0/hostPort");
    REQUIRE(hostPort != kNoNode);
    CHECK(slice(plan, document.node(hostPort).keySpan) == R"(\"hostPort\")");
    CHECK(slice(plan, document.node(hostPort).span) == "8080");
  }
}

TEST_CASE("embedded json: errors inside the string land at the plan's character with the loader's message") {
  struct Case {
    std::string json;           // the container JSON, decoded
    std::string_view atInPlan;  // the plan's bytes at the error
  };
  const std::vector<Case> cases = {
      {R"([{"cpu":10 "image":"x"}])", R"(\")"},  // missing comma: at the quote, escaped
      {R"([{"cpu":10,}])", ","},                 // trailing comma
      {"[{\"a\":1}]\n[", "["},                   // after the document: what follows it
      {R"([{"a":"\uDC00"}])", R"(\\)"},          // a lone surrogate inside: its backslash
      {R"([{"a":${var.x}}])", "$"},              // a template placeholder
      {R"([{"name":"caf\u00e9", "cpu": 1x}])", "x"},
      {"[{\"a\":\"\xC3\xA9\" \"b\"}]", R"(\")"},
      {R"([{"a":1})", ""},  // ends early: the closing quote
      {"", ""},             // empty
  };
  for (const Case& c : cases) {
    INFO(c.json);
    const std::string literal = quoted(c.json);
    const Embedded embedded = embed(literal);
    REQUIRE(!embedded.root);
    const DocumentError& error = embedded.root.error();
    // The same message the JSON loader gives for the decoded text on its own.
    const SourceText alone("alone.json", c.json);
    auto standalone = loadJson(alone);
    REQUIRE(!standalone);
    CHECK(error.data.id == standalone.error().data.id);
    CHECK(error.message == standalone.error().message);
    CHECK(error.kind == standalone.error().kind);
    const std::string_view plan = embedded.plan.source->bytes();
    const ByteRange string = embedded.plan.document.node(embedded.plan.string).span;
    CHECK(error.range.begin > string.begin);
    CHECK(error.range.end < string.end);
    CHECK(slice(plan, error.range) == c.atInPlan);
    // It is the character the loader names: mapped from its range in the decoded text.
    const EscapedStringMap map(plan, string);
    CHECK(error.range == map.sourceRange(standalone.error().range));
  }
}

TEST_CASE("embedded json: the depth and value limits count the whole document") {
  // 128 levels in all: the builder's own object is one of them.
  const std::string deep = std::string(127, '[') + std::string(127, ']');
  CHECK(embed(quoted(deep)).root);
  const Embedded tooDeep = embed(quoted("[" + deep + "]"));
  REQUIRE(!tooDeep.root);
  CHECK(tooDeep.root.error().kind == DocumentError::Kind::TooDeep);
  CHECK(tooDeep.root.error().data.id == "ECS014.json-too-deep");
  const std::string_view plan = tooDeep.plan.source->bytes();
  CHECK(tooDeep.root.error().range.begin == plan.find('[') + 127);

  // The builder's object, the array and 1 are three; the 2 is refused.
  const Embedded tooMany = embed(quoted("[1, 2, 3]"), 3);
  REQUIRE(!tooMany.root);
  CHECK(tooMany.root.error().kind == DocumentError::Kind::TooLarge);
  CHECK(tooMany.root.error().data.id == "ECS015.json-too-many-values");
  CHECK(slice(tooMany.plan.source->bytes(), tooMany.root.error().range) == "2");
  CHECK(embed(quoted("[1, 2, 3]"), 5).root);
}

TEST_CASE("embedded json: a builder restored to a checkpoint drops a value that did not parse") {
  const Holder held = hold(quoted(R"([{"a": {"b": 1, "b": 2}, "c": [1, 2 3]}])"));
  const Document& plan = held.document;
  DocumentBuilder builder(plan.source(), Syntax::Json);
  REQUIRE(builder.open(NodeKind::Mapping, ScalarStyle::Flow, {}, 0));
  builder.key("first", {1, 2});
  REQUIRE(builder.scalar(NodeKind::Integer, ScalarStyle::Plain, "1", {}, {3, 4}));
  builder.key("containerDefinitions", plan.node(held.string).keySpan);
  const DocumentBuilder::Checkpoint before = builder.checkpoint();
  const EscapedStringMap map(plan.source().bytes(), plan.node(held.string).span);
  REQUIRE(!loadEmbeddedJson(builder, plan.text(held.string), map));
  CHECK(builder.depth() > 1);
  builder.restore(before);
  CHECK(builder.depth() == 1);
  REQUIRE(builder.scalar(NodeKind::String, ScalarStyle::DoubleQuoted, "unknown", {},
                         plan.node(held.string).span));
  builder.key("last", {5, 6});
  REQUIRE(builder.scalar(NodeKind::Null, ScalarStyle::Plain, "null", {}, {7, 8}));
  REQUIRE(builder.close(9));
  const Document document = std::move(builder).finish();
  CHECK(document.nodeCount() == 4);
  CHECK(document.node(0).subtreeSize == 4);
  CHECK(document.text(document.member(0, "containerDefinitions")) == "unknown");
  CHECK(document.node(document.member(0, "containerDefinitions")).keySpan == plan.node(held.string).keySpan);
  CHECK(document.node(document.member(0, "last")).indexInParent == 2);
  CHECK(document.duplicateMembers().empty());  // the dropped value's repeated "b" went with it
  CHECK(document.text(document.member(0, "first")) == "1");
}

}  // namespace ecslint
