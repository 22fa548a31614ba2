#pragma once
// Following a local JSON reference ("#/definitions/Tag") inside the schema document.

#include <rapidjson/document.h>

#include <string_view>

namespace ecslint {

// The value `reference` names inside `root` (a "#" fragment holding a JSON Pointer, "~0" and "~1"
// unescaped), or nullptr when it is not local or names nothing.
const rapidjson::Value* resolveSchemaReference(const rapidjson::Value& root, std::string_view reference);

}  // namespace ecslint
