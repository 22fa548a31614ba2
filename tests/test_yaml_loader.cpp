#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <string>

#include "test_support.h"
#include "yaml/yaml_loader.h"

namespace ecslint {
namespace {

std::string spanText(const Document& document, ByteRange range) {
  return std::string(document.source().bytes().substr(range.begin, range.end - range.begin));
}

std::string valueText(const Document& document, std::string_view pointer) {
  const NodeId id = document.find(pointer);
  REQUIRE_MESSAGE(id != kNoNode, pointer);
  return spanText(document, document.node(id).span);
}

const char* const kTemplate = R"(AWSTemplateFormatVersion: "2010-09-09"
Resources:
  WebTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Cpu: 256
      Memory: '512'
      NetworkMode: awsvpc
      ExecutionRoleArn: !GetAtt ExecRole.Arn
      ContainerDefinitions:
        - Name: web
          Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:1"
          Essential: true
          PortMappings: [{ContainerPort: 8080, HostPort: "80"}]
          Command: >-
            echo hello
            world
)";

}  // namespace

TEST_CASE("yaml loader: values, keys and tags have cfn-lint's exact spans") {
  const SourceText source("t.yaml", kTemplate);
  auto loaded = loadYaml(source);
  REQUIRE(loaded);
  const Document& doc = *loaded;
  CHECK(valueText(doc, "/AWSTemplateFormatVersion") == "\"2010-09-09\"");
  CHECK(valueText(doc, "/Resources/WebTask/Properties/Cpu") == "256");
  CHECK(valueText(doc, "/Resources/WebTask/Properties/Memory") == "'512'");
  // A tagged value starts at its tag, and keeps it.
  const NodeId role = doc.find("/Resources/WebTask/Properties/ExecutionRoleArn");
  CHECK(spanText(doc, doc.node(role).span) == "!GetAtt ExecRole.Arn");
  CHECK(doc.tag(role) == "!GetAtt");
  CHECK(doc.text(role) == "ExecRole.Arn");
  CHECK(spanText(doc, doc.node(role).keySpan) == "ExecutionRoleArn");
  CHECK(doc.keyName(role) == "ExecutionRoleArn");
  CHECK(valueText(doc, "/Resources/WebTask/Properties/ContainerDefinitions/0/PortMappings/0/HostPort") ==
        "\"80\"");
  CHECK(valueText(doc, "/Resources/WebTask/Properties/ContainerDefinitions/0/PortMappings/0") ==
        "{ContainerPort: 8080, HostPort: \"80\"}");
  // A block mapping ends where its last value ends.
  CHECK(valueText(doc, "/Resources/WebTask/Properties/ContainerDefinitions/0").starts_with("Name: web"));
  CHECK(valueText(doc, "/Resources/WebTask/Properties/ContainerDefinitions/0").ends_with("world\n"));
  const NodeId command = doc.find("/Resources/WebTask/Properties/ContainerDefinitions/0/Command");
  CHECK(doc.text(command) == "echo hello world");
  CHECK(doc.node(command).style == ScalarStyle::Folded);
  CHECK(doc.pointer(command) == "/Resources/WebTask/Properties/ContainerDefinitions/0/Command");
  CHECK(source.position(doc.node(command).span.begin) == Position{15, 20});
}

TEST_CASE("yaml loader: plain scalars are typed as CloudFormation reads YAML 1.1") {
  const SourceText source("t.yaml", R"(a: true
b: "true"
c: on
d: 0755
e: 1_000
f: 2012-10-17
g: 1.5
h: ~
i:
j: !!str 80
k: 08
l: !Ref X
m: .inf
)");
  auto loaded = loadYaml(source);
  REQUIRE(loaded);
  const Document& doc = *loaded;
  auto kindOf = [&](const char* pointer) { return doc.kind(doc.find(pointer)); };
  CHECK(kindOf("/a") == NodeKind::Boolean);
  CHECK(kindOf("/b") == NodeKind::String);
  CHECK(kindOf("/c") == NodeKind::Boolean);
  CHECK(kindOf("/d") == NodeKind::Integer);
  CHECK(kindOf("/e") == NodeKind::Integer);
  CHECK(kindOf("/f") == NodeKind::String);  // no timestamps in CloudFormation
  CHECK(kindOf("/g") == NodeKind::Float);
  CHECK(kindOf("/h") == NodeKind::Null);
  CHECK(kindOf("/i") == NodeKind::Null);
  CHECK(kindOf("/j") == NodeKind::String);
  CHECK(kindOf("/k") == NodeKind::String);
  CHECK(kindOf("/l") == NodeKind::String);
  CHECK(kindOf("/m") == NodeKind::Float);
}

TEST_CASE("yaml loader: multi-byte text, CRLF and a byte-order mark keep byte-exact spans") {
  const SourceText source(
      "t.yaml", "\xEF\xBB\xBFname: \xC3\xA9t\xC3\xA9\r\nimage: \"\xE6\x97\xA5\xE6\x9C\xAC\"\r\nx: 1\r\n");
  auto loaded = loadYaml(source);
  REQUIRE(loaded);
  const Document& doc = *loaded;
  CHECK(valueText(doc, "/name") == "\xC3\xA9t\xC3\xA9");
  CHECK(valueText(doc, "/image") == "\"\xE6\x97\xA5\xE6\x9C\xAC\"");
  CHECK(valueText(doc, "/x") == "1");
  CHECK(source.position(doc.node(doc.find("/x")).span.begin) == Position{3, 4});
}

TEST_CASE("yaml loader: a repeated key keeps the last value and is recorded") {
  const SourceText source("t.yaml", "Memory: 512\nCpu: 256\nMemory: 1024\n");
  auto loaded = loadYaml(source);
  REQUIRE(loaded);
  CHECK(valueText(*loaded, "/Memory") == "1024");
  REQUIRE(loaded->duplicateMembers().size() == 1);
  CHECK(valueText(*loaded, "/Memory") ==
        spanText(*loaded, loaded->node(loaded->duplicateMembers()[0].repeated).span));
  CHECK(spanText(*loaded, loaded->node(loaded->duplicateMembers()[0].first).span) == "512");
}

TEST_CASE("yaml loader: merge keys bring in members without copying them, and own members win") {
  const SourceText source("t.yaml", R"(base: &base
  Essential: true
  Cpu: 128
more: &more
  <<: *base
  Memory: 256
web:
  <<: [*more, {Image: nginx}]
  Cpu: 512
)");
  auto loaded = loadYaml(source);
  REQUIRE(loaded);
  const Document& doc = *loaded;
  const NodeId web = doc.find("/web");
  CHECK(spanText(doc, doc.node(doc.member(web, "Cpu")).span) == "512");
  CHECK(spanText(doc, doc.node(doc.member(web, "Memory")).span) == "256");
  CHECK(spanText(doc, doc.node(doc.member(web, "Essential")).span) == "true");
  CHECK(spanText(doc, doc.node(doc.member(web, "Image")).span) == "nginx");
  CHECK(doc.mergedMembers(web).size() == 3);
  // A merged member is reported where it is written.
  CHECK(doc.pointer(doc.member(web, "Essential")) == "/base/Essential");
  CHECK(doc.nodeCount() < 25);
}

TEST_CASE("yaml loader: aliases stay references, so an alias bomb stays small") {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 30; ++i) {
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int j = 0; j < 10; ++j) text += std::string(j ? ", " : "") + "*a" + std::to_string(i - 1);
    text += "]\n";
  }
  const SourceText source("bomb.yaml", text);
  auto loaded = loadYaml(source);
  REQUIRE(loaded);
  CHECK(loaded->nodeCount() < 400);
  const NodeId alias = loaded->find("/a29/0");
  CHECK(loaded->kind(alias) == NodeKind::Alias);
  CHECK(loaded->aliasTarget(alias) == loaded->find("/a28"));
}

TEST_CASE("yaml loader: a chain of merges is bounded by the value limit") {
  std::string text = "m0: &m0 {k0: 0}\n";
  for (int i = 1; i < 200; ++i) {
    text += "m" + std::to_string(i) + ": &m" + std::to_string(i) + " {<<: *m" + std::to_string(i - 1) +
            ", k" + std::to_string(i) + ": 0}\n";
  }
  const SourceText source("merges.yaml", text);
  auto loaded = loadYaml(source, 5000);
  REQUIRE_FALSE(loaded);
  CHECK(loaded.error().kind == DocumentError::Kind::TooLarge);
  CHECK(loadYaml(source));  // 200 * 200 / 2 merged members fit in the default limit
}

TEST_CASE("yaml loader: what it cannot read is an error with a position") {
  SUBCASE("syntax, with libyaml's problem and context") {
    const SourceText source("t.yaml", "a:\n  - b\n  c: d\n");
    auto loaded = loadYaml(source);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().kind == DocumentError::Kind::Syntax);
    CHECK(source.position(loaded.error().range.begin) == Position{3, 3});
    CHECK(loaded.error().message.find("did not find expected") != std::string::npos);
  }
  SUBCASE("invalid UTF-8 at the first bad byte") {
    const SourceText source("t.yaml", "a: b\nc: \xC3(\n");
    auto loaded = loadYaml(source);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().kind == DocumentError::Kind::Encoding);
    CHECK(loaded.error().range.begin == 8);
  }
  SUBCASE("a tab where indentation is expected") {
    const SourceText source("t.yaml", "a:\n\tb: c\n");
    CHECK_FALSE(loadYaml(source));
  }
  SUBCASE("a second document") {
    const SourceText source("t.yaml", "a: 1\n---\nb: 2\n");
    auto loaded = loadYaml(source);
    REQUIRE_FALSE(loaded);
    CHECK(source.position(loaded.error().range.begin).line == 2);
  }
  SUBCASE("an alias to nothing, and an alias inside its own anchor") {
    CHECK_FALSE(loadYaml(SourceText("t.yaml", "a: *nothing\n")));
    CHECK_FALSE(loadYaml(SourceText("t.yaml", "a: &x [1, *x]\n")));
  }
  SUBCASE("a complex key") { CHECK_FALSE(loadYaml(SourceText("t.yaml", "? [a, b]\n: c\n"))); }
  SUBCASE("a merge key that names no mapping") {
    CHECK_FALSE(loadYaml(SourceText("t.yaml", "a: &a [1]\nb:\n  <<: *a\n")));
  }
  SUBCASE("nesting past the depth limit, at the opening of the level too deep") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const SourceText source("t.yaml", deep);
    auto loaded = loadYaml(source);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().kind == DocumentError::Kind::TooDeep);
    CHECK(loaded.error().range.begin == Document::kMaxDepth);
  }
}

TEST_CASE("yaml loader: a %YAML 1.2 directive, comments only, and an empty file") {
  CHECK(loadYaml(SourceText("t.yaml", "%YAML 1.2\n---\na: 1\n")));
  auto comments = loadYaml(SourceText("t.yaml", "# nothing here\n"));
  REQUIRE(comments);
  CHECK(comments->empty());
  auto empty = loadYaml(SourceText("t.yaml", ""));
  REQUIRE(empty);
  CHECK(empty->empty());
}

// The corpus templates PyYAML (cfn-lint's loader, on libyaml too) also rejects, and where it stops:
// ../shared/research/iac-front-ends.md §4, and `python3 -c 'import yaml; yaml.load(...)'`.
struct RejectedTemplate {
  std::string_view file;
  Position at;
  std::string_view problem;
};
constexpr RejectedTemplate kRejectedByPyYaml[] = {
    {"0029__clphan__efsecsfargate__cloudformation__ecs.yml", {88, 17}, "did not find expected '-' indicator"},
};

TEST_CASE("yaml loader: every real CloudFormation template loads, with spans inside the file") {
  const std::filesystem::path dir = test::sharedDir() / "corpus" / "real" / "cloudformation";
  if (!test::needShared("corpus/real/cloudformation")) return;
  int files = 0;
  int loaded = 0;
  // Every file, JSON templates too: JSON is YAML, and the loader must read what cfn-lint reads.
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    const SourceText source(name, test::readFile(entry.path()));
    ++files;
    auto document = loadYaml(source);
    if (!document) {
      const auto* rejected = std::find_if(std::begin(kRejectedByPyYaml), std::end(kRejectedByPyYaml),
                                          [&](const RejectedTemplate& r) { return r.file == name; });
      REQUIRE_MESSAGE(rejected != std::end(kRejectedByPyYaml), name, ": ", document.error().message);
      // The same place and words as PyYAML, and a hint.
      CHECK(source.position(document.error().range.begin) == rejected->at);
      CHECK(document.error().message.find(rejected->problem) != std::string::npos);
      CHECK(document.error().message.find("check the indentation") != std::string::npos);
      continue;
    }
    ++loaded;
    for (NodeId id = 0; id < document->nodeCount(); ++id) {
      const DocumentNode& node = document->node(id);
      CHECK(node.span.begin <= node.span.end);
      CHECK(node.span.end <= source.size());
      CHECK(document->find(document->pointer(id)) != kNoNode);
    }
  }
  CHECK(files >= 60);
  CHECK(loaded == files - static_cast<int>(std::size(kRejectedByPyYaml)));
}

}  // namespace ecslint
