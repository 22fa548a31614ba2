#include "json/syntax_error.h"

#include <cstdio>
#include <string>

#include "support/utf8.h"

namespace ecslint {
namespace {

bool isWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One character's bytes at `offset` (a whole UTF-8 sequence when it is one), empty at the end.
ByteRange characterAt(std::string_view text, std::uint32_t offset) {
  if (offset >= text.size()) {
    const auto end = static_cast<std::uint32_t>(text.size());
    return ByteRange{end, end};
  }
  const auto lead = static_cast<unsigned char>(text[offset]);
  std::uint32_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  length = std::min<std::uint32_t>(length, static_cast<std::uint32_t>(text.size()) - offset);
  return ByteRange{offset, offset + length};
}

// How the character at `offset` is shown in a message: 'x', or a code for bytes one cannot see.
MessageData describeCharacter(std::string_view text, std::uint32_t offset) {
  if (offset >= text.size()) return {"ECS001.found.end", {}};
  const auto byte = static_cast<unsigned char>(text[offset]);
  char code[8];
  if (byte == 0) return {"ECS001.found.nul", {}};
  if (byte < 0x20 || byte == 0x7F) {
    std::snprintf(code, sizeof code, "%04X", byte);
    return {"ECS001.found.control", {{"code", code}}};
  }
  const ByteRange range = characterAt(text, offset);
  const std::string_view character = text.substr(range.begin, range.end - range.begin);
  if (byte >= 0x80 && toValidUtf8(character) != character) {
    std::snprintf(code, sizeof code, "%02X", byte);
    return {"ECS001.found.not-utf8", {{"byte", code}}};
  }
  return {"ECS001.found.character", {{"character", std::string(character)}}};
}

// The last non-whitespace byte before `offset`, if it is `wanted`.
std::optional<std::uint32_t> previousIs(std::string_view text, std::uint32_t offset, char wanted) {
  std::uint32_t at = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
  while (at > 0 && isWhitespace(text[at - 1])) --at;
  if (at > 0 && text[at - 1] == wanted) return at - 1;
  return std::nullopt;
}

bool startsWith(std::string_view text, std::uint32_t offset, std::string_view prefix) {
  return offset <= text.size() && text.substr(offset).starts_with(prefix);
}

// Explains the byte where a value, a key or a separator was expected: the message id, if the
// usual cause is clear.
std::optional<std::string_view> explainUnexpected(std::string_view text, std::uint32_t offset) {
  if (startsWith(text, offset, "//") || startsWith(text, offset, "/*")) return "ECS001.json.comment";
  if (startsWith(text, offset, "'")) return "ECS001.json.single-quotes";
  if (startsWith(text, offset, "${") || startsWith(text, offset, "{{") || startsWith(text, offset, "#{") ||
      startsWith(text, offset, "<%")) {
    return "ECS001.json.placeholder";
  }
  return std::nullopt;
}

DocumentError at(std::string_view text, std::uint32_t offset, std::string_view id) {
  return documentError(DocumentError::Kind::Syntax, characterAt(text, offset), id);
}

// A message that names the character found at `offset`.
DocumentError atFound(std::string_view text, std::uint32_t offset, std::string_view id) {
  return documentError(DocumentError::Kind::Syntax, characterAt(text, offset), id, {},
                       {{"found", describeCharacter(text, offset)}});
}

}  // namespace

std::optional<DocumentError> detectUnsupportedEncoding(std::string_view text) {
  const auto make = [](std::string encoding) {
    return documentError(DocumentError::Kind::Encoding, ByteRange{0, 0}, "ECS001.json.encoding",
                         {{"encoding", std::move(encoding)}});
  };
  // Lengths given: as C strings these literals would end at their first NUL.
  if (text.starts_with(std::string_view("\xFF\xFE\x00\x00", 4)) ||
      text.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) {
    return make("UTF-32");
  }
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return make("UTF-16");
  // UTF-16 without a byte-order mark: JSON starts with an ASCII character, so one of the first
  // two bytes is NUL.
  if (text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0')) return make("UTF-16");
  return std::nullopt;
}

DocumentError describeSyntaxError(std::string_view text, std::uint32_t offset,
                                  rapidjson::ParseErrorCode code) {
  switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
      // RapidJSON also stops here at a NUL byte before the first value.
      if (offset < text.size()) return atFound(text, offset, "ECS001.json.expected-value");
      return at(text, offset, "ECS001.json.empty");
    case rapidjson::kParseErrorDocumentRootNotSingular:
      return atFound(text, offset, "ECS001.json.after-document");
    case rapidjson::kParseErrorObjectMissName:
      if (auto comma = previousIs(text, offset, ','); comma && startsWith(text, offset, "}")) {
        return at(text, *comma, "ECS001.json.trailing-comma-in-object");
      }
      if (auto why = explainUnexpected(text, offset)) return at(text, offset, *why);
      return atFound(text, offset, "ECS001.json.expected-name");
    case rapidjson::kParseErrorObjectMissColon:
      return atFound(text, offset, "ECS001.json.expected-colon");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
      if (auto why = explainUnexpected(text, offset)) return at(text, offset, *why);
      return atFound(text, offset, "ECS001.json.expected-comma-in-object");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
      if (auto why = explainUnexpected(text, offset)) return at(text, offset, *why);
      return atFound(text, offset, "ECS001.json.expected-comma-in-array");
    case rapidjson::kParseErrorValueInvalid:
      if (auto comma = previousIs(text, offset, ','); comma && startsWith(text, offset, "]")) {
        return at(text, *comma, "ECS001.json.trailing-comma-in-array");
      }
      if (auto why = explainUnexpected(text, offset)) return at(text, offset, *why);
      if (offset >= text.size()) return at(text, offset, "ECS001.json.ends-before-value");
      return atFound(text, offset, "ECS001.json.expected-value");
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
      return at(text, offset, "ECS001.json.escape-not-hexadecimal");
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
      return at(text, offset, "ECS001.json.unpaired-surrogate");
    case rapidjson::kParseErrorStringEscapeInvalid:
      if (offset < text.size() && static_cast<unsigned char>(text[offset]) < 0x20) {
        return atFound(text, offset, "ECS001.json.unescaped-control-character");
      }
      return at(text, offset, "ECS001.json.invalid-escape");
    case rapidjson::kParseErrorStringMissQuotationMark:
      if (offset < text.size() && text[offset] == '\0') {
        return at(text, offset, "ECS001.json.nul-in-string");
      }
      return at(text, offset, "ECS001.json.unterminated-string");
    case rapidjson::kParseErrorStringInvalidEncoding:
      return at(text, offset, "ECS001.json.invalid-utf8");
    case rapidjson::kParseErrorNumberTooBig:
      return at(text, offset, "ECS001.json.number-too-large");
    case rapidjson::kParseErrorNumberMissFraction:
      return at(text, offset, "ECS001.json.missing-fraction");
    case rapidjson::kParseErrorNumberMissExponent:
      return at(text, offset, "ECS001.json.missing-exponent");
    case rapidjson::kParseErrorTermination:
    case rapidjson::kParseErrorUnspecificSyntaxError:
    case rapidjson::kParseErrorNone:
      break;
  }
  return atFound(text, offset, "ECS001.json.invalid");
}

}  // namespace ecslint
