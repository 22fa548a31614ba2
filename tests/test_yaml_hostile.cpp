// YAML built to break the loader: deep nesting, alias and merge-key bombs, huge scalars, broken
// encodings, tabs, directives, several documents, odd keys, too many values. Each case runs in
// process on loadYaml and is bounded by counts (values, nodes, bytes), never by wall time: every
// error is a DocumentError with a range inside the file and a message that says what to do.
#include <doctest/doctest.h>
#include <yaml.h>

#include <string>

#include "yaml/yaml_loader.h"

namespace ecslint {
namespace {

// The error loading `source` gives, after checking what every error must be: a range inside the
// file and a message.
DocumentError errorOf(const SourceText& source, std::uint32_t maxValues = Document::kMaxValues) {
  auto loaded = loadYaml(source, maxValues);
  REQUIRE_FALSE(loaded);
  DocumentError error = std::move(loaded.error());
  CHECK(error.range.begin <= error.range.end);
  CHECK(error.range.end <= source.size());
  CHECK_FALSE(error.message.empty());
  return error;
}

bool says(const DocumentError& error, std::string_view words) {
  return error.message.find(words) != std::string::npos;
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string text;
  text.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) text += piece;
  return text;
}

// A mapping nested `levels` deep in block style: each level one more space of indentation.
std::string blockMappings(int levels) {
  std::string text;
  for (int i = 0; i < levels; ++i) text += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  return text + std::string(static_cast<std::size_t>(levels), ' ') + "v\n";
}

// The members merge keys list, over the whole document: with the nodes, what the value limit bounds.
std::size_t mergedMemberCount(const Document& doc) {
  std::size_t count = 0;
  for (NodeId id = 0; id < doc.nodeCount(); ++id) {
    if (doc.kind(id) == NodeKind::Mapping) count += doc.mergedMembers(id).size();
  }
  return count;
}

}  // namespace

TEST_CASE("yaml hostile: nesting past the depth limit is TooDeep at the first level too deep") {
  const std::uint32_t tooDeep = Document::kMaxDepth;  // 0-based level of the first container refused
  SUBCASE("flow sequences, a million levels") {
    const SourceText source("t.yaml", std::string(1'000'000, '[') + std::string(1'000'000, ']'));
    const DocumentError error = errorOf(source);
    CHECK(error.kind == DocumentError::Kind::TooDeep);
    CHECK(error.range == ByteRange{tooDeep, tooDeep + 1});
  }
  SUBCASE("flow mappings") {
    const SourceText source("t.yaml", repeat("{a: ", 100'000) + "1" + std::string(100'000, '}'));
    const DocumentError error = errorOf(source);
    CHECK(error.kind == DocumentError::Kind::TooDeep);
    CHECK(error.range.begin == 4 * tooDeep);
  }
  SUBCASE("block mappings, one more space each level") {
    const SourceText source("t.yaml", blockMappings(10'000));
    const DocumentError error = errorOf(source);
    CHECK(error.kind == DocumentError::Kind::TooDeep);
    // The mapping of level 128 starts at its first key: line 129, after 128 spaces.
    CHECK(source.position(error.range.begin) == Position{tooDeep + 1, tooDeep + 1});
  }
  SUBCASE("block sequences on one line") {
    const SourceText source("t.yaml", repeat("- ", 100'000) + "x\n");
    const DocumentError error = errorOf(source);
    CHECK(error.kind == DocumentError::Kind::TooDeep);
    CHECK(error.range.begin == 2 * tooDeep);
    CHECK(says(error, "128 levels"));
  }
  SUBCASE("exactly the limit loads") {
    auto loaded = loadYaml(SourceText("t.yaml", blockMappings(static_cast<int>(tooDeep))));
    REQUIRE(loaded);
    CHECK(loaded->nodeCount() == tooDeep + 1);
  }
}

// The loader stops at 128 levels, but libyaml's scanner reads ahead of the events it hands out, and
// a libyaml that recursed would overflow the stack before the loader could stop it. It does not:
// its parser is a state machine whose states and indentation levels are heap stacks. A million
// levels (megabytes of stack if each took a frame) parse to the end.
TEST_CASE("yaml hostile: libyaml's own parser does not recurse, a million levels parse without the loader") {
  const std::string text = repeat("- ", 1'000'000) + "x\n";
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  std::size_t sequences = 0;
  bool ended = false;
  for (bool ok = true; ok && !ended;) {
    yaml_event_t event;
    ok = yaml_parser_parse(&parser, &event) != 0;
    if (ok && event.type == YAML_SEQUENCE_START_EVENT) ++sequences;
    if (ok && event.type == YAML_STREAM_END_EVENT) ended = true;
    if (ok) yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  CHECK(ended);
  CHECK(sequences == 1'000'000);
}

TEST_CASE("yaml hostile: a billion laughs stays as small as its text, since aliases are not expanded") {
  // The classic: nine levels of ten aliases each, 10^9 strings if expanded.
  std::string text = "lol0: &lol0 lol\n";
  for (int level = 1; level <= 9; ++level) {
    const std::string name = "lol" + std::to_string(level);
    text += name + ": &" + name + " [" + repeat("*lol" + std::to_string(level - 1) + ", ", 9) + "*lol" +
            std::to_string(level - 1) + "]\n";
  }
  const SourceText source("laughs.yaml", text);
  auto loaded = loadYaml(source);
  REQUIRE(loaded);
  CHECK(loaded->nodeCount() == 1 + 1 + 9 * 11);  // the root, lol0, and each level's list of 10 aliases
  CHECK(loaded->kind(loaded->find("/lol9/3")) == NodeKind::Alias);
  CHECK(loaded->aliasTarget(loaded->find("/lol9/3")) == loaded->find("/lol8"));
}

TEST_CASE("yaml hostile: a merge key repeating one alias counts every member it looks at") {
  // `<<: [*a, *a, ...]` lists a's 100 members once, but each alias makes the merge look at all 100
  // again: 1,000 aliases are 100,000 look-ups for 100 listed members, and a 64 MiB file could ask
  // for over 10^11. Every member looked at counts against the value limit, so the work stays bounded.
  std::string text = "a: &a {";
  for (int i = 0; i < 100; ++i) text += "k" + std::to_string(i) + ": 0, ";
  text += "}\nb: {<<: [" + repeat("*a, ", 1000) + "], own: 1}\n";
  const SourceText source("merge-bomb.yaml", text);
  const DocumentError error = errorOf(source, 50'000);
  CHECK(error.kind == DocumentError::Kind::TooLarge);
  // At the mapping whose merge goes past the limit.
  CHECK(source.bytes().substr(error.range.begin, 6) == "{<<: [");
  CHECK(says(error, "more than 50000 values"));
  // Under the default limit it loads, and lists each member once.
  auto loaded = loadYaml(source);
  REQUIRE(loaded);
  CHECK(loaded->mergedMembers(loaded->find("/b")).size() == 100);
}

TEST_CASE("yaml hostile: nested merge bombs keep nodes and merged members within the value limit") {
  // Each level merges the previous one ten times and adds a member: the members a level looks at
  // grow by ten times the level, so the sum grows with the square of the levels.
  const auto bomb = [](int levels) {
    std::string text = "m0: &m0 {k0: 0}\n";
    for (int i = 1; i < levels; ++i) {
      const std::string previous = "*m" + std::to_string(i - 1);
      text += "m" + std::to_string(i) + ": &m" + std::to_string(i) + " {<<: [" + repeat(previous + ", ", 9) +
              previous + "], k" + std::to_string(i) + ": 0}\n";
    }
    return text;
  };
  const SourceText small("small.yaml", bomb(40));
  auto loaded = loadYaml(small, 10'000);
  REQUIRE(loaded);
  CHECK(loaded->nodeCount() + mergedMemberCount(*loaded) <= 10'000);
  CHECK(loaded->mergedMembers(loaded->find("/m39")).size() == 39);
  // Ten more levels look at 12,250 members: past the limit, though they list only 1,225.
  CHECK(errorOf(SourceText("t.yaml", bomb(50)), 10'000).kind == DocumentError::Kind::TooLarge);

  const SourceText large("large.yaml", bomb(1000));  // 5 million look-ups: past the default limit
  const DocumentError error = errorOf(large);
  CHECK(error.kind == DocumentError::Kind::TooLarge);
  CHECK(large.position(error.range.begin).line < 1000);
}

TEST_CASE("yaml hostile: block scalars of megabytes load as one value, their text exact") {
  const std::string line = "  the quick brown fox jumps over the lazy dog, again and again\n";
  const std::size_t lines = 64'000;  // 4 MB
  SUBCASE("literal") {
    const SourceText source("t.yaml", "a: |\n" + repeat(line, lines));
    auto loaded = loadYaml(source);
    REQUIRE(loaded);
    CHECK(loaded->nodeCount() == 2);
    const NodeId value = loaded->find("/a");
    CHECK(loaded->node(value).style == ScalarStyle::Literal);
    CHECK(loaded->text(value) == repeat(line.substr(2), lines));
    CHECK(loaded->node(value).span == ByteRange{3, static_cast<std::uint32_t>(source.size())});
  }
  SUBCASE("folded") {
    const SourceText source("t.yaml", "a: >-\n" + repeat(line, lines));
    auto loaded = loadYaml(source);
    REQUIRE(loaded);
    CHECK(loaded->nodeCount() == 2);
    const std::string_view folded = loaded->text(loaded->find("/a"));
    CHECK(folded.size() == (line.size() - 2) * lines - 1);  // line breaks folded into spaces
    CHECK(folded.find('\n') == std::string_view::npos);
  }
}

TEST_CASE("yaml hostile: text that is not UTF-8 is an Encoding error at the first bad byte") {
  SUBCASE("a lone continuation byte in a comment") {
    const SourceText source("t.yaml", "a: 1 # caf\x82\nb: 2\n");
    const DocumentError error = errorOf(source);
    CHECK(error.kind == DocumentError::Kind::Encoding);
    CHECK(error.range == ByteRange{10, 11});
    CHECK(says(error, "not valid UTF-8: byte 0x82"));
  }
  SUBCASE("a sequence cut by the end of the file") {
    const SourceText source("t.yaml", "a: \xE6\x97");
    const DocumentError error = errorOf(source);
    CHECK(error.kind == DocumentError::Kind::Encoding);
    CHECK(error.range.begin == 3);
  }
  SUBCASE("an encoded UTF-16 surrogate and an overlong encoding") {
    CHECK(errorOf(SourceText("t.yaml", "a: \xED\xA0\x80\n")).range.begin == 3);
    CHECK(errorOf(SourceText("t.yaml", "a: \xC0\xAF\n")).range.begin == 3);
  }
  SUBCASE("UTF-16 and UTF-32, with and without a byte-order mark") {
    using namespace std::string_literals;
    for (const std::string& bytes :
         {"\xFF\xFE"s + "a\0:\0 \0b\0"s, "\xFE\xFF"s + "\0a\0:\0 \0b"s, "a\0:\0 \0b\0"s, "\0a\0:\0 \0b"s}) {
      const DocumentError error = errorOf(SourceText("t.yaml", bytes));
      CHECK(error.kind == DocumentError::Kind::Encoding);
      CHECK(says(error, "the file is UTF-16 encoded"));
      CHECK(says(error, "save it as UTF-8"));
    }
    const DocumentError utf32 = errorOf(SourceText("t.yaml", "\xFF\xFE\0\0a\0\0\0"s));
    CHECK(says(utf32, "UTF-32"));
    CHECK(utf32.range == ByteRange{0, 4});
  }
}

TEST_CASE("yaml hostile: NUL bytes and control characters are errors at the character") {
  using namespace std::string_literals;
  SUBCASE("a NUL byte inside a quoted value") {
    const DocumentError error = errorOf(SourceText("t.yaml", "a: 1\nb: \"x\0y\"\n"s));
    CHECK(error.kind == DocumentError::Kind::Encoding);
    CHECK(error.range == ByteRange{10, 11});
    CHECK(says(error, "NUL byte"));
  }
  SUBCASE("a control character, its whole UTF-8 sequence") {
    const DocumentError c0 = errorOf(SourceText("t.yaml", "a: \x01\n"));
    CHECK(c0.range == ByteRange{3, 4});
    CHECK(says(c0, "control character U+0001"));
    const DocumentError c1 = errorOf(SourceText("t.yaml", "a: \xC2\x80\n"));
    CHECK(c1.range == ByteRange{3, 5});
    CHECK(says(c1, "control character U+0080"));
    CHECK(says(errorOf(SourceText("t.yaml", "a: \xEF\xBF\xBE\n")), "U+FFFE"));
  }
}

TEST_CASE("yaml hostile: a tab in indentation is an error at the tab that says to use spaces") {
  SUBCASE("at the start of a line") {
    const SourceText source("t.yaml", "a:\n  b: 1\n\tc: 2\n");
    const DocumentError error = errorOf(source);
    CHECK(error.kind == DocumentError::Kind::Syntax);
    CHECK(source.position(error.range.begin) == Position{3, 1});
    CHECK(error.range.end == error.range.begin + 1);
    CHECK(says(error, "indent with spaces"));
  }
  SUBCASE("after spaces") {
    const SourceText source("t.yaml", "a:\n  \tb: c\n");
    const DocumentError error = errorOf(source);
    CHECK(source.position(error.range.begin) == Position{2, 3});
    CHECK(says(error, "indent with spaces"));
  }
  SUBCASE("inside a plain value's continuation") {
    const SourceText source("t.yaml", "a:\n  b: 1\n  \tc: 2\n");
    const DocumentError error = errorOf(source);
    CHECK(source.position(error.range.begin) == Position{3, 3});
    CHECK(says(error, "spaces, not tabs"));
  }
  SUBCASE("a tab that indents nothing is fine") {
    CHECK(loadYaml(SourceText("t.yaml", "a:\tb\nc: [1,\t2]\n")));
  }
}

TEST_CASE("yaml hostile: %YAML and %TAG directives are read, or refused with a reason") {
  SUBCASE("%YAML 1.1 and 1.2 are accepted, and plain scalars are still typed as YAML 1.1") {
    auto loaded = loadYaml(SourceText("t.yaml", "%YAML 1.2\n---\na: on\n"));
    REQUIRE(loaded);
    CHECK(loaded->kind(loaded->find("/a")) == NodeKind::Boolean);
    CHECK(loadYaml(SourceText("t.yaml", "%YAML 1.1\n---\na: 1\n")));
  }
  SUBCASE("%YAML 2.0 is refused") {
    const DocumentError error = errorOf(SourceText("t.yaml", "%YAML 2.0\n---\na: 1\n"));
    CHECK(error.range.begin == 0);
    CHECK(says(error, "YAML 1.1 and 1.2"));
  }
  SUBCASE("a repeated %YAML directive") {
    const SourceText source("t.yaml", "%YAML 1.1\n%YAML 1.1\n---\na: 1\n");
    CHECK(source.position(errorOf(source).range.begin) == Position{2, 1});
  }
  SUBCASE("a directive with no document after it") {
    const SourceText source("t.yaml", "%YAML 1.1\n");
    const DocumentError error = errorOf(source);
    CHECK(error.range == ByteRange{10, 10});  // the end of the file
    CHECK(says(error, "starts with '---'"));
  }
  SUBCASE("%TAG expands a handle; the tag is kept, and the value is a string") {
    auto loaded = loadYaml(SourceText("t.yaml", "%TAG !e! tag:example.com,2000:\n---\na: !e!port 80\n"));
    REQUIRE(loaded);
    CHECK(loaded->tag(loaded->find("/a")) == "tag:example.com,2000:port");
    CHECK(loaded->kind(loaded->find("/a")) == NodeKind::String);
  }
  SUBCASE("%TAG redefining !! takes !!int away from the core schema") {
    auto loaded = loadYaml(SourceText("t.yaml", "%TAG !! tag:example.com,2000:\n---\na: !!int 80\n"));
    REQUIRE(loaded);
    CHECK(loaded->kind(loaded->find("/a")) == NodeKind::String);
  }
  SUBCASE("a tag handle no directive defines") {
    const SourceText source("t.yaml", "a: 1\nb: !x!port 80\n");
    const DocumentError error = errorOf(source);
    CHECK(source.position(error.range.begin) == Position{2, 4});
    CHECK(says(error, "%TAG"));
  }
}

TEST_CASE("yaml hostile: a second document is an error at its start, the first is never read alone") {
  SUBCASE("two explicit documents: the range is the second '---'") {
    const SourceText source("t.yaml", "---\na: 1\n---\nb: 2\n");
    const DocumentError error = errorOf(source);
    CHECK(error.kind == DocumentError::Kind::Syntax);
    CHECK(error.range == ByteRange{9, 12});
    CHECK(says(error, "a template is one document"));
  }
  SUBCASE("an implicit document, then an explicit one") {
    const SourceText source("t.yaml", "a: 1\n--- b\n");
    CHECK(errorOf(source).range == ByteRange{5, 8});
  }
  SUBCASE("a document end, then more") {
    const SourceText source("t.yaml", "a: 1\n...\nb: 2\n");
    const DocumentError error = errorOf(source);
    CHECK(source.position(error.range.begin) == Position{3, 1});
    CHECK(says(error, "one document"));
  }
  SUBCASE("one document with its markers loads") {
    CHECK(loadYaml(SourceText("t.yaml", "---\na: 1\n...\n")));
    CHECK(loadYaml(SourceText("t.yaml", "a: 1\n...\n# trailing comment\n")));
  }
}

TEST_CASE("yaml hostile: files with no value are empty documents") {
  for (const char* text : {"", "\n\n   \n", "# only\n# comments\n", "\xEF\xBB\xBF", "\xEF\xBB\xBF# c\n"}) {
    auto loaded = loadYaml(SourceText("t.yaml", text));
    REQUIRE_MESSAGE(loaded, text);
    CHECK(loaded->empty());
  }
  // An explicit document with nothing in it holds one null.
  auto dash = loadYaml(SourceText("t.yaml", "---\n"));
  REQUIRE(dash);
  REQUIRE(dash->nodeCount() == 1);
  CHECK(dash->kind(Document::rootId()) == NodeKind::Null);
}

TEST_CASE("yaml hostile: anchors on keys are harmless, and an alias to one is a clear error") {
  auto loaded = loadYaml(SourceText("t.yaml", "&k a: 1\nb: 2\n"));
  REQUIRE(loaded);
  CHECK(loaded->keyName(loaded->find("/a")) == "a");

  const SourceText source("t.yaml", "&k a: 1\nb: *k\n");
  const DocumentError error = errorOf(source);
  CHECK(source.position(error.range.begin) == Position{2, 4});
  CHECK(says(error, "alias *k names a mapping key"));

  // The latest anchor of a name wins, on a key or on a value.
  auto redefined = loadYaml(SourceText("t.yaml", "&k a: 1\nb: &k 2\nc: *k\n"));
  REQUIRE(redefined);
  CHECK(redefined->aliasTarget(redefined->find("/c")) == redefined->find("/b"));
  CHECK_FALSE(loadYaml(SourceText("t.yaml", "a: &k 1\n&k b: 2\nc: *k\n")));
}

TEST_CASE("yaml hostile: complex keys are refused at the key, explicit scalar keys are names") {
  const SourceText block("t.yaml", "a: 1\n? [a, b]\n: x\n");
  const DocumentError error = errorOf(block);
  CHECK(block.position(error.range.begin) == Position{2, 3});
  CHECK(says(error, "a mapping key must be"));
  CHECK(errorOf(SourceText("t.yaml", "{[a, b]: x}\n")).range.begin == 1);
  CHECK(errorOf(SourceText("t.yaml", "? {a: b}\n: x\n")).range.begin == 2);
  CHECK(errorOf(SourceText("t.yaml", "a: &x 1\n*x : 2\n")).range.begin == 8);

  auto loaded = loadYaml(SourceText("t.yaml", "? a\n: x\n"));
  REQUIRE(loaded);
  CHECK(loaded->text(loaded->find("/a")) == "x");
}

TEST_CASE("yaml hostile: keys past YAML's 1024 characters need '? ', and say so") {
  const std::string key(1100, 'k');
  // libyaml says it differently in each place; the loader explains it the same way, at the ':'.
  for (const std::string& text : {"a: 1\n" + key + ": v\n", "a:\n" + key + ": v\n", "- " + key + ": v\n",
                                  "a: {b: 1, " + key + ": v}\n", "'" + key + "': v\n"}) {
    const SourceText implicit("t.yaml", text);
    const DocumentError error = errorOf(implicit);
    CHECK(implicit.bytes()[error.range.begin] == ':');
    CHECK_MESSAGE(says(error, "longer than 1024 characters must be written as '? key'"), error.message);
  }
  // A long line of short keys is no long key.
  CHECK(loadYaml(SourceText("t.yaml", "{" + repeat("k: v, ", 500) + "}\n")));

  // Written as an explicit key, any length is a name: here 4 MB.
  const std::string huge(4'000'000, 'k');
  auto loaded = loadYaml(SourceText("t.yaml", "? " + huge + "\n: v\n"));
  REQUIRE(loaded);
  CHECK(loaded->keyName(1) == huge);
  CHECK(loaded->node(1).keySpan == ByteRange{2, 2 + 4'000'000});
}

TEST_CASE("yaml hostile: four million tiny values are TooLarge at the first value past the limit") {
  SUBCASE("a flow sequence of 4,000,001 numbers under the default limit") {
    static_assert(Document::kMaxValues == 4'000'000);
    const SourceText source("t.yaml", "[0" + repeat(",0", 4'000'000) + "]\n");
    const DocumentError error = errorOf(source);
    CHECK(error.kind == DocumentError::Kind::TooLarge);
    // The root and 3,999,999 numbers fit; the next number, element 3,999,999, does not.
    CHECK(error.range == ByteRange{1 + 2 * 3'999'999, 2 + 2 * 3'999'999});
    CHECK(says(error, "more than 4000000 values"));
  }
  SUBCASE("a block sequence at a small limit: exactly the limit loads, one more does not") {
    auto fits = loadYaml(SourceText("t.yaml", repeat("- 0\n", 999)), 1000);
    REQUIRE(fits);
    CHECK(fits->nodeCount() == 1000);
    const SourceText source("t.yaml", repeat("- 0\n", 1000));
    const DocumentError error = errorOf(source, 1000);
    CHECK(error.kind == DocumentError::Kind::TooLarge);
    CHECK(source.position(error.range.begin) == Position{1000, 3});
  }
}

TEST_CASE("yaml hostile: an error at the end of the file is an empty range there, never past it") {
  const std::string cut[] = {"a: [1, 2", "a: 'abc", "a: '\xC3\xA9", "a: {b: 1", "a:\n  - [1, {b: \"2"};
  for (const std::string& text : cut) {
    const SourceText source("t.yaml", text);
    const DocumentError error = errorOf(source);
    const auto end = static_cast<std::uint32_t>(text.size());
    const ByteRange atEnd{end, end};
    CHECK_MESSAGE(error.range == atEnd, text);
  }
  CHECK(says(errorOf(SourceText("t.yaml", "a: 'abc")), "never closed"));
  CHECK(says(errorOf(SourceText("t.yaml", "a: [1, 2")), "'[' is never closed"));
}

TEST_CASE("yaml hostile: every prefix of a template loads or fails inside the file") {
  const std::string text = R"(%YAML 1.1
---
# a template cut anywhere
Resources: &resources
  Web:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Cpu: 256
      Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:1"
      Names: ['caf\u00e9', "é", {k: v}]
      Command: |
        echo "日本"
      Base: &base {a: 1}
      More: {<<: *base, b: 2}
      ? Explicit
      : value
...
)";
  for (std::size_t length = 0; length <= text.size(); ++length) {
    const SourceText source("t.yaml", text.substr(0, length));
    auto loaded = loadYaml(source);
    if (loaded) continue;
    CAPTURE(length);
    CHECK(loaded.error().range.begin <= loaded.error().range.end);
    CHECK(loaded.error().range.end <= source.size());
  }
}

}  // namespace ecslint
