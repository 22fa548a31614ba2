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
std::string describeCharacter(std::string_view text, std::uint32_t offset) {
  if (offset >= text.size()) return "the end of the file";
  const auto byte = static_cast<unsigned char>(text[offset]);
  char code[32];
  if (byte == 0) return "a NUL byte";
  if (byte < 0x20 || byte == 0x7F) {
    std::snprintf(code, sizeof code, "control character U+%04X", byte);
    return code;
  }
  const ByteRange range = characterAt(text, offset);
  const std::string_view character = text.substr(range.begin, range.end - range.begin);
  if (byte >= 0x80 && toValidUtf8(character) != character) {
    std::snprintf(code, sizeof code, "byte 0x%02X (not UTF-8)", byte);
    return code;
  }
  std::string quoted(1, '\'');
  quoted.append(character);
  quoted.push_back('\'');
  return quoted;
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

// Explains the byte where a value, a key or a separator was expected.
std::optional<std::string> explainUnexpected(std::string_view text, std::uint32_t offset) {
  if (startsWith(text, offset, "//") || startsWith(text, offset, "/*")) {
    return "comments are not allowed in JSON; remove the comment";
  }
  if (startsWith(text, offset, "'")) return "JSON strings and names use double quotes, not single quotes";
  if (startsWith(text, offset, "${") || startsWith(text, offset, "{{") || startsWith(text, offset, "#{") ||
      startsWith(text, offset, "<%")) {
    return "template placeholder outside a JSON string; lint the rendered file, or quote the "
           "placeholder";
  }
  return std::nullopt;
}

DocumentError at(std::string_view text, std::uint32_t offset, std::string message) {
  return DocumentError{DocumentError::Kind::Syntax, characterAt(text, offset), std::move(message)};
}

}  // namespace

std::optional<DocumentError> detectUnsupportedEncoding(std::string_view text) {
  const auto make = [](std::string what) {
    return DocumentError{DocumentError::Kind::Encoding, ByteRange{0, 0},
                         "the file is " + what + "; ECS task definitions must be UTF-8 JSON"};
  };
  // Lengths given: as C strings these literals would end at their first NUL.
  if (text.starts_with(std::string_view("\xFF\xFE\x00\x00", 4)) ||
      text.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) {
    return make("UTF-32 encoded");
  }
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return make("UTF-16 encoded");
  // UTF-16 without a byte-order mark: JSON starts with an ASCII character, so one of the first
  // two bytes is NUL.
  if (text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0')) return make("UTF-16 encoded");
  return std::nullopt;
}

DocumentError describeSyntaxError(std::string_view text, std::uint32_t offset,
                                  rapidjson::ParseErrorCode code) {
  const std::string found = describeCharacter(text, offset);
  switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
      // RapidJSON also stops here at a NUL byte before the first value.
      if (offset < text.size()) return at(text, offset, "expected a JSON value, found " + found);
      return at(text, offset, "the file is empty; expected a JSON task definition");
    case rapidjson::kParseErrorDocumentRootNotSingular:
      return at(text, offset, "unexpected " + found + " after the end of the JSON document");
    case rapidjson::kParseErrorObjectMissName:
      if (auto comma = previousIs(text, offset, ','); comma && startsWith(text, offset, "}")) {
        return at(text, *comma, "trailing comma before '}'; JSON does not allow it");
      }
      if (auto why = explainUnexpected(text, offset)) return at(text, offset, *why);
      return at(text, offset, "expected a member name in double quotes, found " + found);
    case rapidjson::kParseErrorObjectMissColon:
      return at(text, offset, "expected ':' after the member name, found " + found);
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
      if (auto why = explainUnexpected(text, offset)) return at(text, offset, *why);
      return at(text, offset,
                "expected ',' or '}' after an object member, found " + found + " (is a comma missing?)");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
      if (auto why = explainUnexpected(text, offset)) return at(text, offset, *why);
      return at(text, offset,
                "expected ',' or ']' after an array element, found " + found + " (is a comma missing?)");
    case rapidjson::kParseErrorValueInvalid:
      if (auto comma = previousIs(text, offset, ','); comma && startsWith(text, offset, "]")) {
        return at(text, *comma, "trailing comma before ']'; JSON does not allow it");
      }
      if (auto why = explainUnexpected(text, offset)) return at(text, offset, *why);
      if (offset >= text.size()) return at(text, offset, "the file ends where a value was expected");
      return at(text, offset, "expected a JSON value, found " + found);
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
      return at(text, offset, "invalid \\u escape: expected four hexadecimal digits");
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
      return at(text, offset, "invalid \\u escape: unpaired UTF-16 surrogate");
    case rapidjson::kParseErrorStringEscapeInvalid:
      if (offset < text.size() && static_cast<unsigned char>(text[offset]) < 0x20) {
        return at(text, offset, found + " inside a string must be escaped (\\n, \\t, \\u00XX)");
      }
      return at(text, offset, "invalid escape sequence in a string");
    case rapidjson::kParseErrorStringMissQuotationMark:
      if (offset < text.size() && text[offset] == '\0') {
        return at(text, offset, "NUL byte inside a string; JSON text cannot contain NUL bytes");
      }
      return at(text, offset, "unterminated string: the file ends before the closing '\"'");
    case rapidjson::kParseErrorStringInvalidEncoding:
      return at(text, offset, "invalid UTF-8 byte sequence; save the file as UTF-8");
    case rapidjson::kParseErrorNumberTooBig:
      return at(text, offset, "number too large to represent");
    case rapidjson::kParseErrorNumberMissFraction:
      return at(text, offset, "expected a digit after the decimal point");
    case rapidjson::kParseErrorNumberMissExponent:
      return at(text, offset, "expected a digit in the number's exponent");
    case rapidjson::kParseErrorTermination:
    case rapidjson::kParseErrorUnspecificSyntaxError:
    case rapidjson::kParseErrorNone:
      break;
  }
  return at(text, offset, "invalid JSON at " + found);
}

}  // namespace ecslint
