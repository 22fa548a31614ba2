#include "yaml/yaml_errors.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "support/utf8.h"

namespace ecslint {

namespace {

// YAML's limit on an implicit key (`key: value`): 1024 characters (YAML 1.1 §9.1.3, libyaml's
// stale simple keys). A longer key must be written as an explicit one (`? key`).
constexpr std::uint32_t kMaxImplicitKey = 1024;

char byteAt(std::string_view bytes, std::uint32_t offset) {
  return offset < bytes.size() ? bytes[offset] : '\0';
}

// How many bytes a key ending at `offset` may have: back to the line's start or the flow indicator
// before it.
std::uint32_t keyBytesBefore(std::string_view bytes, std::uint32_t offset) {
  const std::size_t before = bytes.substr(0, offset).find_last_of("\r\n{[,");
  return static_cast<std::uint32_t>(before == std::string_view::npos ? offset : offset - before - 1);
}

// What libyaml's problems usually mean, by words of the problem: the id of the hint.
struct Hint {
  std::string_view problem;
  std::string_view hint;
};
constexpr Hint kHints[] = {
    {"tab character", "ECS001.yaml.hint.tab"},
    {"mapping values are not allowed", "ECS001.yaml.hint.mapping-values"},
    {"did not find expected key", "ECS001.yaml.hint.key-indentation"},
    {"did not find expected '-' indicator", "ECS001.yaml.hint.item-indentation"},
    {"did not find expected ',' or ']'", "ECS001.yaml.hint.unclosed-bracket"},
    {"did not find expected ',' or '}'", "ECS001.yaml.hint.unclosed-brace"},
    {"found unexpected end of stream", "ECS001.yaml.hint.unclosed-quote"},
    {"incompatible YAML document", "ECS001.yaml.hint.version"},
    {"expected <document start>", "ECS001.yaml.hint.document-start"},
    {"undefined tag handle", "ECS001.yaml.hint.tag-handle"},
};

// The id of what a libyaml problem at `offset` usually means, or "" for the rare ones its own words
// explain well enough.
std::string_view hintFor(std::string_view problem, std::string_view bytes, std::uint32_t offset) {
  const char found = byteAt(bytes, offset);
  // libyaml words this several ways ("could not find expected ':'", "mapping values are not
  // allowed", "did not find expected ',' or '}'"), always at the ':' after the key.
  if (found == ':' && keyBytesBefore(bytes, offset) > kMaxImplicitKey) return "ECS001.yaml.hint.long-key";
  if (problem.find("cannot start any token") != std::string_view::npos) {
    if (found == '\t') return "ECS001.yaml.hint.tab-token";
    if (found == '@' || found == '`') return "ECS001.yaml.hint.reserved-character";
    return "";
  }
  for (const Hint& hint : kHints) {
    if (problem.find(hint.problem) != std::string_view::npos) return hint.hint;
  }
  return "";
}

std::string hexadecimal(std::uint32_t value, int digits) {
  char text[16];
  std::snprintf(text, sizeof text, "%0*X", digits, value);
  return text;
}

}  // namespace

ByteRange yamlCharacterAt(std::string_view bytes, std::uint32_t offset) {
  const auto size = static_cast<std::uint32_t>(bytes.size());
  if (offset >= size) return {size, size};
  const auto lead = static_cast<unsigned char>(bytes[offset]);
  const std::uint32_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return {offset, std::min(offset + length, size)};
}

std::optional<DocumentError> yamlEncodingError(std::string_view bytes, std::uint32_t start) {
  const auto encoded = [](std::string_view encoding, std::uint32_t markLength) {
    return documentError(DocumentError::Kind::Encoding, {0, markLength}, "ECS001.yaml.encoding",
                         {{"encoding", std::string(encoding)}});
  };
  // Lengths given: as C strings these literals would end at their first NUL.
  if (bytes.starts_with(std::string_view("\xFF\xFE\x00\x00", 4)) ||
      bytes.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) {
    return encoded("UTF-32", 4);
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return encoded("UTF-16", 2);
  if (bytes.size() >= 2 && (bytes[0] == '\0') != (bytes[1] == '\0')) return encoded("UTF-16", 2);
  const std::size_t bad = firstInvalidUtf8(bytes.substr(start));
  if (bad == std::string_view::npos) return std::nullopt;
  const auto at = static_cast<std::uint32_t>(start + bad);
  return documentError(DocumentError::Kind::Encoding, {at, at + 1}, "ECS001.yaml.not-utf8",
                       {{"byte", hexadecimal(static_cast<unsigned char>(bytes[at]), 2)}});
}

DocumentError yamlUnacceptableCharacter(std::string_view bytes, std::uint32_t offset,
                                        std::uint32_t codePoint) {
  const ByteRange range = yamlCharacterAt(bytes, offset);
  if (codePoint == 0) return documentError(DocumentError::Kind::Encoding, range, "ECS001.yaml.nul");
  if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
    return documentError(DocumentError::Kind::Encoding, range, "ECS001.yaml.control-character",
                         {{"code_point", hexadecimal(codePoint, 4)}, {"escape", hexadecimal(codePoint, 2)}});
  }
  return documentError(DocumentError::Kind::Encoding, range, "ECS001.yaml.forbidden-character",
                       {{"code_point", hexadecimal(codePoint, 4)}});
}

DocumentError explainYamlProblem(std::string_view problem, const std::optional<YamlContext>& context,
                                 std::string_view bytes, std::uint32_t offset, ByteRange range) {
  std::vector<DocumentError::Phrase> phrases;
  if (problem.empty()) phrases.push_back({"problem", {"ECS001.yaml.unknown-problem", {}}});
  const std::string_view hint = hintFor(problem, bytes, offset);
  if (!hint.empty()) phrases.push_back({"hint", {hint, {}}});
  MessageArgs arguments;
  if (!problem.empty()) arguments.push_back({"problem", std::string(problem)});
  if (context) {
    arguments.push_back({"context", std::string(context->text)});
    arguments.push_back({"line", std::to_string(context->where.line)});
    arguments.push_back({"column", std::to_string(context->where.column)});
  }
  const std::string_view id =
      context ? (hint.empty() ? "ECS001.yaml.problem-in-context" : "ECS001.yaml.problem-in-context-with-hint")
              : (hint.empty() ? "ECS001.yaml.problem" : "ECS001.yaml.problem-with-hint");
  return documentError(DocumentError::Kind::Syntax, range, id, std::move(arguments), std::move(phrases));
}

}  // namespace ecslint
