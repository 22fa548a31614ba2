#include "yaml/yaml_errors.h"

#include <algorithm>
#include <cstdio>

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

// What libyaml's problems usually mean, by words of the problem.
struct Hint {
  std::string_view problem;
  std::string_view hint;
};
constexpr Hint kHints[] = {
    {"tab character", "indent with spaces, not tabs"},
    {"mapping values are not allowed",
     "a value that holds ': ' must be in quotes, and a nested mapping starts on a new line"},
    {"did not find expected key",
     "check the indentation: each key of a mapping must start in the same column as the keys before it"},
    {"did not find expected '-' indicator",
     "check the indentation: each item of a list must start with '-' in the same column as the items "
     "before it"},
    {"did not find expected ',' or ']'", "a '[' is never closed, or a ',' is missing"},
    {"did not find expected ',' or '}'", "a '{' is never closed, or a ',' is missing"},
    {"found unexpected end of stream", "a quoted value is never closed"},
    {"incompatible YAML document", "ecslint reads YAML 1.1 and 1.2 (%YAML 1.1, %YAML 1.2)"},
    {"expected <document start>",
     "after a directive (%YAML, %TAG) or a document end ('...'), a document starts with '---'; a template "
     "is one document"},
    {"undefined tag handle",
     "a tag such as '!x!name' needs a %TAG directive for '!x!'; CloudFormation's short forms are written "
     "'!Ref', '!Sub', '!GetAtt'…"},
};

// What a libyaml problem at `offset` usually means, or "" for the rare ones its own words explain
// well enough.
std::string_view hintFor(std::string_view problem, std::string_view bytes, std::uint32_t offset) {
  const char found = byteAt(bytes, offset);
  // libyaml words this several ways ("could not find expected ':'", "mapping values are not
  // allowed", "did not find expected ',' or '}'"), always at the ':' after the key.
  if (found == ':' && keyBytesBefore(bytes, offset) > kMaxImplicitKey) {
    return "a key longer than 1024 characters must be written as '? key', with ': value' on the next line";
  }
  if (problem.find("cannot start any token") != std::string_view::npos) {
    if (found == '\t') return "a tab cannot indent YAML; indent with spaces";
    if (found == '@' || found == '`') {
      return "'@' and '`' are reserved in YAML and cannot start a plain value; put the value in quotes";
    }
    return "";
  }
  for (const Hint& hint : kHints) {
    if (problem.find(hint.problem) != std::string_view::npos) return hint.hint;
  }
  return "";
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
    return DocumentError{
        DocumentError::Kind::Encoding,
        {0, markLength},
        "the file is " + std::string(encoding) + " encoded; a YAML template must be UTF-8: save it as UTF-8"};
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
  char message[160];
  std::snprintf(message, sizeof message,
                "the file is not valid UTF-8: byte 0x%02X starts no UTF-8 character; a YAML template must "
                "be UTF-8",
                static_cast<unsigned char>(bytes[at]));
  return DocumentError{DocumentError::Kind::Encoding, {at, at + 1}, message};
}

DocumentError yamlUnacceptableCharacter(std::string_view bytes, std::uint32_t offset,
                                        std::uint32_t codePoint) {
  char message[200];
  if (codePoint == 0) {
    std::snprintf(message, sizeof message, "the file holds a NUL byte; YAML text cannot contain NUL bytes");
  } else if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
    std::snprintf(message, sizeof message,
                  "the file holds control character U+%04X, which YAML does not allow in text; in a "
                  "double-quoted value write it as \\x%02X",
                  codePoint, codePoint);
  } else {
    std::snprintf(message, sizeof message, "the file holds character U+%04X, which YAML does not allow",
                  codePoint);
  }
  return {DocumentError::Kind::Encoding, yamlCharacterAt(bytes, offset), message};
}

std::string explainYamlProblem(std::string_view problem, std::string_view context, std::string_view bytes,
                               std::uint32_t offset) {
  std::string message = "YAML: ";
  message += problem.empty() ? "the file cannot be read" : problem;
  if (!context.empty()) {
    message += " (";
    message += context;
    message += ')';
  }
  if (const std::string_view hint = hintFor(problem, bytes, offset); !hint.empty()) {
    message += ": ";
    message += hint;
  }
  return message;
}

}  // namespace ecslint
