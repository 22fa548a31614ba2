#pragma once
// What the JSON-based reporters (sarif, json) share: the writer, and strings that are always valid
// UTF-8 in the output even when the input file is not (an ECS001 snippet of a broken file).

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string>
#include <string_view>

#include "support/utf8.h"

namespace ecslint::json_writing {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

inline void string(Writer& w, std::string_view text) {
  const std::string valid = toValidUtf8(text);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

inline void key(Writer& w, std::string_view name) {
  w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
}

inline void member(Writer& w, std::string_view name, std::string_view value) {
  key(w, name);
  string(w, value);
}

// `bytes` with every byte but the unreserved ASCII characters of RFC 3986 and '/' written as %XX:
// how SARIF URIs carry any path, and how the JSON report carries a path that is not UTF-8.
inline std::string percentEncoded(std::string_view bytes) {
  constexpr char kHex[] = "0123456789ABCDEF";
  std::string result;
  result.reserve(bytes.size());
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                            c == '/';
    if (unreserved) {
      result += c;
    } else {
      result.append("%").append(1, kHex[byte >> 4]).append(1, kHex[byte & 0xF]);
    }
  }
  return result;
}

// A file's path as "path", readable (an invalid UTF-8 sequence shown as U+FFFD); when that loses
// bytes, also as "path_bytes", percent-encoded, from which the exact path can be recovered.
inline void pathMembers(Writer& w, std::string_view path) {
  member(w, "path", path);
  if (!isValidUtf8(path)) member(w, "path_bytes", percentEncoded(path));
}

}  // namespace ecslint::json_writing
