#pragma once
// Finding the subschemas of a compiled valijson schema, which keeps no index: the subschema of an
// object member and of array elements, looked up among a subschema's constraints. Include only
// from .cpp files (it includes valijson).

#include <string_view>

#include "support/valijson.h"

namespace ecslint {

// The subschema for member `name` of an object: its "properties" entry, else the
// "additionalProperties" schema; nullptr when the member is not allowed or the schema has none.
const valijson::Subschema* compiledProperty(const valijson::Subschema& object, std::string_view name);
// The subschema of every element of an array, or nullptr.
const valijson::Subschema* compiledItems(const valijson::Subschema& array);

}  // namespace ecslint
