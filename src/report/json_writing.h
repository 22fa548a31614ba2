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

}  // namespace ecslint::json_writing
