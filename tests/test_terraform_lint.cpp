// Positions of findings on Terraform plans, as a property of every plan at hand (the fixtures, the
// bundled example, the real plans of ../shared): a finding inside a container_definitions string
// covers exactly the JSON-escaped text of one value (or member name) of the JSON the string holds,
// and its line and column agree with its byte offset in the plan. Both are computed here from the
// plan's bytes alone, by a decoder of JSON string escapes written for this test, so a slip in the
// escape map (src/json/embedded_json) or in the column arithmetic (src/source) shows.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/json_loader.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::uint32_t> hex4(std::string_view text, std::size_t at) {
  if (at + 4 > text.size()) return std::nullopt;
  std::uint32_t value = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    const int digit = hexValue(text[i]);
    if (digit < 0) return std::nullopt;
    value = value * 16 + static_cast<std::uint32_t>(digit);
  }
  return value;
}

void appendUtf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// The inside of a JSON string (no quotes), decoded; `origin[i]` is the offset in `escaped` of the
// character that decoded byte i begins, or kInside for the later bytes of a character an escape
// wrote; origin[size] is escaped.size(). nullopt for text that is not the inside of a JSON string.
constexpr std::uint32_t kInside = UINT32_MAX;
struct Decoded {
  std::string text;
  std::vector<std::uint32_t> origin;
};

std::optional<Decoded> decodeInside(std::string_view escaped) {
  Decoded decoded;
  std::size_t at = 0;
  while (at < escaped.size()) {
    const auto begin = static_cast<std::uint32_t>(at);
    const char c = escaped[at];
    if (c == '"' || static_cast<unsigned char>(c) < 0x20) return std::nullopt;
    if (c != '\\') {
      decoded.text += c;
      ++at;
    } else {
      if (at + 1 >= escaped.size()) return std::nullopt;
      const char e = escaped[at + 1];
      at += 2;
      switch (e) {
        case '"':
          decoded.text += '"';
          break;
        case '\\':
          decoded.text += '\\';
          break;
        case '/':
          decoded.text += '/';
          break;
        case 'b':
          decoded.text += '\b';
          break;
        case 'f':
          decoded.text += '\f';
          break;
        case 'n':
          decoded.text += '\n';
          break;
        case 'r':
          decoded.text += '\r';
          break;
        case 't':
          decoded.text += '\t';
          break;
        case 'u': {
          std::optional<std::uint32_t> code = hex4(escaped, at);
          if (!code) return std::nullopt;
          at += 4;
          if (*code >= 0xD800 && *code < 0xDC00) {
            // A high surrogate takes the low one's escape with it.
            if (at + 6 > escaped.size() || escaped[at] != '\\' || escaped[at + 1] != 'u') return std::nullopt;
            const std::optional<std::uint32_t> low = hex4(escaped, at + 2);
            if (!low || *low < 0xDC00 || *low >= 0xE000) return std::nullopt;
            code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
            at += 6;
          } else if (*code >= 0xDC00 && *code < 0xE000) {
            return std::nullopt;
          }
          appendUtf8(decoded.text, *code);
          break;
        }
        default:
          return std::nullopt;
      }
    }
    decoded.origin.push_back(begin);
    decoded.origin.resize(decoded.text.size(), kInside);
  }
  decoded.origin.push_back(static_cast<std::uint32_t>(escaped.size()));
  return decoded;
}

// Line and UTF-16 column of `offset`, counted from the bytes (not through SourceText).
Position countedPosition(std::string_view bytes, std::uint32_t offset) {
  Position position;
  std::size_t lineStart = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++position.line;
      lineStart = i + 1;
    }
  }
  std::uint32_t units = 0;
  for (std::size_t i = lineStart; i < offset;) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    units += length == 4 ? 2 : 1;
    i += length;
  }
  position.column = units + 1;
  return position;
}

// One container_definitions string of a plan: its content's bytes in the plan, decoded, and the
// JSON it holds loaded on its own (spans are offsets into the decoded text).
struct EmbeddedString {
  ByteRange content;  // inside the quotes, in plan bytes
  Decoded decoded;
  std::unique_ptr<SourceText> source;
  std::optional<Document> document;
};

std::vector<EmbeddedString> containerDefinitionStrings(const SourceText& plan) {
  std::vector<EmbeddedString> strings;
  auto loaded = loadJson(plan);
  if (!loaded) return strings;
  const Document& document = *loaded;
  for (NodeId node = 0; node < document.nodeCount(); ++node) {
    if (document.kind(node) != NodeKind::String || !document.isMember(node) ||
        document.keyName(node) != "container_definitions")
      continue;
    const ByteRange span = document.node(node).span;
    EmbeddedString string;
    string.content = ByteRange{span.begin + 1, span.end - 1};
    auto decoded = decodeInside(plan.bytes().substr(span.begin + 1, span.end - span.begin - 2));
    REQUIRE_MESSAGE(decoded, "container_definitions at byte " << span.begin << " does not decode");
    CHECK(decoded->text == document.text(node));  // the loader and this decoder agree
    string.decoded = std::move(*decoded);
    string.source = std::make_unique<SourceText>("embedded.json", string.decoded.text);
    if (auto embedded = loadJson(*string.source)) string.document.emplace(std::move(*embedded));
    strings.push_back(std::move(string));
  }
  return strings;
}

// The decoded offset whose character begins at plan offset `offset` (or the content's end), if any.
std::optional<std::uint32_t> decodedOffset(const EmbeddedString& string, std::uint32_t offset) {
  const std::uint32_t relative = offset - string.content.begin;
  const auto& origin = string.decoded.origin;
  for (std::uint32_t i = 0; i < origin.size(); ++i) {
    if (origin[i] == relative) return i;
  }
  return std::nullopt;
}

// Whether the decoded range is exactly a value or a member name of the embedded JSON.
bool isValueOrKey(const Document& embedded, ByteRange range) {
  for (NodeId node = 0; node < embedded.nodeCount(); ++node) {
    if (embedded.node(node).span == range) return true;
    if (embedded.isMember(node) && embedded.node(node).keySpan == range) return true;
  }
  return false;
}

struct Checked {
  std::size_t findings = 0;
  std::size_t inside = 0;  // findings inside a container_definitions string
};

// Every finding of `report` on the plan `text`: its line and column, and inside a
// container_definitions string, what its bytes are.
void checkPositions(const std::string& name, const std::string& text, const FileReport& report,
                    Checked& checked) {
  CAPTURE(name);
  REQUIRE(report.source != nullptr);
  REQUIRE(report.source->bytes() == text);
  const SourceText plan(name, text);
  const std::vector<EmbeddedString> strings = containerDefinitionStrings(plan);
  for (const Finding& finding : report.findings) {
    CAPTURE(finding.rule->id);
    CAPTURE(finding.pointer);
    CAPTURE(finding.range.begin);
    CAPTURE(finding.range.end);
    ++checked.findings;
    REQUIRE(finding.range.begin <= finding.range.end);
    REQUIRE(finding.range.end <= text.size());
    const Region region = report.source->region(finding.range);
    CHECK(region.start == countedPosition(text, finding.range.begin));
    CHECK(region.end == countedPosition(text, finding.range.end));

    const auto string = std::find_if(strings.begin(), strings.end(), [&](const EmbeddedString& s) {
      return s.content.begin <= finding.range.begin && finding.range.end <= s.content.end;
    });
    if (string == strings.end()) continue;
    ++checked.inside;
    const std::string_view bytes =
        std::string_view(text).substr(finding.range.begin, finding.range.end - finding.range.begin);
    CAPTURE(bytes);
    const std::optional<std::uint32_t> begin = decodedOffset(*string, finding.range.begin);
    const std::optional<std::uint32_t> end = decodedOffset(*string, finding.range.end);
    REQUIRE_MESSAGE(begin, "the span begins inside an escape");
    REQUIRE_MESSAGE(end, "the span ends inside an escape");
    // The span's bytes, decoded as the inside of a JSON string, are the embedded JSON's text there.
    const std::optional<Decoded> decoded = decodeInside(bytes);
    REQUIRE_MESSAGE(decoded, "the span's bytes are not the inside of a JSON string");
    CHECK(decoded->text == string->decoded.text.substr(*begin, *end - *begin));
    // And that text is one whole value or member name of the embedded JSON.
    if (string->document)
      CHECK_MESSAGE(isValueOrKey(*string->document, ByteRange{*begin, *end}),
                    "not one value or member name of the JSON in container_definitions: "
                        << string->decoded.text.substr(*begin, *end - *begin));
  }
}

// Every rule, opt-in ones too: more findings, more positions checked.
FileReport lintWithEveryRule(const std::string& name, const std::string& text) {
  const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
  std::vector<std::string> every;
  for (const RuleInfo& rule : catalogue.rules()) every.emplace_back(rule.id);
  auto selection = RuleSelection::make(catalogue, every, {});
  REQUIRE(selection.has_value());
  const Linter linter(catalogue, *std::move(selection), LintOptions{});
  return linter.lint(name, text);
}

std::vector<fs::path> planFiles(const fs::path& directory, bool nameMustSayTerraform) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    const std::string file = entry.path().filename().string();
    if (!entry.is_regular_file() || !file.ends_with(".json") || file.ends_with(".expected.json")) continue;
    if (nameMustSayTerraform && file.find("terraform") == std::string::npos) continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("terraform lint: findings on the fixture plans cover exactly the escaped text of one value") {
  std::vector<fs::path> plans = planFiles(sourceDir() / "fixtures", true);
  plans.push_back(sourceDir() / "fixtures/examples/web-plan.json");
  REQUIRE(plans.size() >= 10);
  Checked checked;
  for (const fs::path& path : plans) {
    const std::string text = readFile(path);
    const std::string name = fs::relative(path, sourceDir()).string();
    checkPositions(name, text, lintWithEveryRule(name, text), checked);
  }
  // The property is about something: the fixtures have findings inside container_definitions.
  CHECK(checked.inside >= 10);
  MESSAGE(checked.findings << " findings, " << checked.inside << " inside container_definitions");
}

TEST_CASE("terraform lint: findings on the real plans cover exactly the escaped text of one value") {
  if (!needShared("corpus/real/terraform-plan")) return;
  Checked checked;
  for (const fs::path& path : planFiles(sharedDir() / "corpus/real/terraform-plan", false)) {
    const std::string text = readFile(path);
    checkPositions(path.filename().string(), text, lintWithEveryRule(path.filename().string(), text),
                   checked);
  }
  CHECK(checked.inside >= 1);
  MESSAGE(checked.findings << " findings, " << checked.inside << " inside container_definitions");
}

// A plan written by hand with every kind of escape before the finding, on its line: \" and \\ at
// both levels (the plan's string and the JSON inside it), \u00e9 and a raw é, \u2028, an emoji as
// a surrogate pair and raw (two UTF-16 units in a column, four bytes), and ${} left over from a
// template. The sidecar has no logConfiguration: ECS301 at its name, which is written with escapes.
const std::string kEscapedPlan =
    "{\"format_version\": \"1.2\",\n"
    " \"resource_changes\": [{\"address\": \"aws_ecs_task_definition.app\", \"mode\": \"managed\",\n"
    "  \"type\": \"aws_ecs_task_definition\", \"name\": \"app\", \"change\": {\"actions\": [\"create\"],\n"
    "  \"after\": {\"family\": \"app\", \"network_mode\": \"awsvpc\", \"requires_compatibilities\": "
    "[\"FARGATE\"],\n"
    "   \"cpu\": \"256\", \"memory\": \"512\",\n"
    "   \"execution_role_arn\": \"arn:aws:iam::123456789012:role/app-execution\",\n"
    // Line 7: the container_definitions. The finding's column counts the raw 😀 and é once each
    // per UTF-16 unit, and every escape byte by byte.
    "   \"container_definitions\": \"[{\\\"name\\\":\\\"app\\\",\\\"image\\\":\\\"nginx:1.27\\\","
    "\\\"command\\\":[\\\"echo \\\\\\\"h\\u00e9llo\\\\\\\" \\\\\\\\ caf\xc3\xa9 \\u2028 \\ud83d\\ude00 "
    "\xf0\x9f\x98\x80 ${var.motd} $${literal}\\\"],"
    "\\\"logConfiguration\\\":{\\\"logDriver\\\":\\\"awslogs\\\",\\\"options\\\":{\\\"awslogs-group\\\":"
    "\\\"/ecs/app\\\",\\\"awslogs-region\\\":\\\"eu-west-1\\\",\\\"awslogs-stream-prefix\\\":\\\"app\\\"}}},"
    "{\\\"essential\\\":false,\\\"image\\\":\\\"${registry}/side:${git_sha}\\\","
    "\\\"name\\\":\\\"s\\u00e9\\\\u00e9\\\\\\\"\\ud83d\\ude00\\u2028x\\\"}]\",\n"
    "   \"tags\": null},\n"
    "  \"after_unknown\": {\"arn\": true}, \"after_sensitive\": {}}}]}\n";

TEST_CASE("terraform lint: a finding on a container name written with escapes, at its exact column") {
  const FileReport report = lintText(kEscapedPlan, {}, "escaped-plan.json");
  const auto found = std::find_if(report.findings.begin(), report.findings.end(),
                                  [](const Finding& f) { return std::string_view(f.rule->id) == "ECS301"; });
  REQUIRE(found != report.findings.end());
  CHECK(found->pointer == "/container_definitions/1/name");
  // The name, as the plan writes it: the escaped quotes around it are part of the span.
  const std::string_view written = R"(\"s\u00e9\\u00e9\\\"\ud83d\ude00\u2028x\")";
  CHECK(kEscapedPlan.substr(found->range.begin, found->range.end - found->range.begin) == written);
  const Region region = report.source->region(found->range);
  CHECK(region.start.line == 7);
  // 409 bytes into line 7; the raw é (2 bytes) and 😀 (4 bytes, 2 units) before it take 3 fewer units.
  CHECK(region.start.column == 407);
  CHECK(region.end.line == 7);
  CHECK(region.end.column == 407 + written.size());
  // The message names the container as it decodes (twice: the plan's string, then the JSON in it).
  CHECK(found->message.find("container 's\xc3\xa9\xc3\xa9\"\xf0\x9f\x98\x80\xe2\x80\xa8x'") !=
        std::string::npos);

  Checked checked;
  checkPositions("escaped-plan.json", kEscapedPlan, lintWithEveryRule("escaped-plan.json", kEscapedPlan),
                 checked);
  CHECK(checked.inside >= 1);
}

}  // namespace ecslint::test
