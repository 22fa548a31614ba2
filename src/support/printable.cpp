#include "support/printable.h"

#include "support/utf8.h"

namespace ecslint {
namespace {

void appendEscape(std::string& out, unsigned codePoint) {
  constexpr char kHex[] = "0123456789abcdef";
  if (codePoint == '\r') {
    out += "\\r";
  } else if (codePoint == '\n') {
    out += "\\n";
  } else if (codePoint < 0x80) {
    out += "\\x";
    out += kHex[codePoint >> 4];
    out += kHex[codePoint & 0xF];
  } else {
    out += "\\u00";
    out += kHex[codePoint >> 4];
    out += kHex[codePoint & 0xF];
  }
}

}  // namespace

void appendPrintable(std::string& out, std::string_view text, PrintableOptions options) {
  const std::string valid = toValidUtf8(text);
  out.reserve(out.size() + valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const auto byte = static_cast<unsigned char>(valid[i]);
    const bool lineBreak = byte == '\r' || byte == '\n';
    if ((byte < 0x20 && byte != '\t' && !(lineBreak && options.keepLineBreaks)) || byte == 0x7F) {
      appendEscape(out, byte);
    } else if (byte == 0xC2 && i + 1 < valid.size() && static_cast<unsigned char>(valid[i + 1]) < 0xA0) {
      // U+0080-U+009F, encoded C2 80 to C2 9F (valid UTF-8, so the second byte is at least 0x80).
      appendEscape(out, static_cast<unsigned char>(valid[++i]));
    } else {
      out += valid[i];
    }
  }
}

std::string printable(std::string_view text, PrintableOptions options) {
  std::string result;
  appendPrintable(result, text, options);
  return result;
}

}  // namespace ecslint
