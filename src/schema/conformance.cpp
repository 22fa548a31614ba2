#include "schema/conformance.h"

#include <valijson/utils/utf8_utils.hpp>  // valijson's own string length, so lengths agree exactly

#include <algorithm>
#include <bitset>
#include <limits>
#include <stdexcept>
#include <string>

#include "schema/schema_reference.h"

namespace ecslint {
namespace {

constexpr ConformanceSchema::Index kNone = std::numeric_limits<ConformanceSchema::Index>::max();

// At most this many declared properties per object: duplicate members are found with a bitset.
constexpr std::size_t kMaxProperties = 256;

enum TypeBit : std::uint8_t {
  kNull = 1,
  kBoolean = 2,
  kObject = 4,
  kArray = 8,
  kString = 16,
  kInteger = 32,
  kNumber = 64,
  kAnyType = 127,
};

std::uint8_t typeBit(std::string_view name) {
  if (name == "null") return kNull;
  if (name == "boolean") return kBoolean;
  if (name == "object") return kObject;
  if (name == "array") return kArray;
  if (name == "string") return kString;
  if (name == "integer") return kInteger;
  if (name == "number") return kNumber;
  throw std::logic_error("schema: unknown type '" + std::string(name) + "'");
}

// valijson with strong types: "integer" is a number RapidJSON stored as an integer; "number" also
// admits doubles (so 1.0 is a number but not an integer).
bool hasAllowedType(const rapidjson::Value& value, std::uint8_t types) {
  if (types == kAnyType) return true;
  switch (value.GetType()) {
    case rapidjson::kNullType:
      return (types & kNull) != 0;
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return (types & kBoolean) != 0;
    case rapidjson::kObjectType:
      return (types & kObject) != 0;
    case rapidjson::kArrayType:
      return (types & kArray) != 0;
    case rapidjson::kStringType:
      return (types & kString) != 0;
    case rapidjson::kNumberType:
      return (types & kNumber) != 0 || ((types & kInteger) != 0 && !value.IsDouble());
  }
  return false;
}

// A number as valijson compares it with minimum and maximum: integers go through int64_t, so an
// unsigned value above INT64_MAX wraps (18446744073709551615 is compared as -1).
double valijsonNumber(const rapidjson::Value& value) {
  if (value.IsDouble()) return value.GetDouble();
  if (value.IsInt64()) return static_cast<double>(value.GetInt64());
  return static_cast<double>(static_cast<std::int64_t>(value.GetUint64()));
}

// A string's length as valijson measures it: code points, up to the first NUL.
std::uint64_t valijsonLength(const rapidjson::Value& value) {
  const std::string_view text(value.GetString(), value.GetStringLength());
  const bool simple = std::all_of(text.begin(), text.end(),
                                  [](char c) { return c != '\0' && static_cast<unsigned char>(c) < 0x80; });
  if (simple) return text.size();
  return valijson::utils::u8_strlen(std::string(text).c_str());
}

std::string_view view(const rapidjson::Value& value) { return {value.GetString(), value.GetStringLength()}; }

std::uint64_t count(const rapidjson::Value& value, std::string_view keyword) {
  if (!value.IsUint64()) throw std::logic_error("schema: '" + std::string(keyword) + "' must be a count");
  return value.GetUint64();
}

double number(const rapidjson::Value& value, std::string_view keyword) {
  if (!value.IsNumber()) throw std::logic_error("schema: '" + std::string(keyword) + "' must be a number");
  return value.GetDouble();
}

// Keywords that only describe: valijson ignores them and so does this class.
bool isAnnotation(std::string_view keyword) {
  return keyword == "$schema" || keyword == "$id" || keyword == "$comment" || keyword == "title" ||
         keyword == "description" || keyword == "readOnly" || keyword == "default" || keyword == "examples" ||
         keyword == "definitions";
}

}  // namespace

struct ConformanceSchema::Subschema {
  std::uint8_t types = kAnyType;
  // Objects. "properties" sorted by length, then name: a lookup finds the few names of the key's
  // length by comparing integers and compares bytes only among them.
  std::vector<std::pair<std::string_view, Index>> properties;
  std::bitset<kMaxProperties> requiredDeclared;      // required members, by position in `properties`
  bool closed = false;                               // "additionalProperties": false
  Index additional = kNone;                          // an "additionalProperties" schema
  std::vector<std::string_view> requiredUndeclared;  // required members "properties" lacks
  // Arrays.
  Index items = kNone;
  std::optional<std::uint64_t> minItems;
  std::optional<std::uint64_t> maxItems;
  // Numbers.
  std::optional<double> minimum;
  std::optional<double> maximum;
  // Strings.
  std::optional<std::uint64_t> minLength;
  std::optional<std::uint64_t> maxLength;
  std::vector<const SchemaPattern*> patterns;
  // Any value.
  bool hasEnum = false;
  std::vector<std::string_view> enumValues;
  Index notSchema = kNone;
  Index ifSchema = kNone;
  Index thenSchema = kNone;
  Index elseSchema = kNone;
};

// The position of `name` in `schema.properties`, or -1.
int ConformanceSchema::findProperty(const Subschema& schema, std::string_view name) {
  const auto& properties = schema.properties;
  auto it =
      std::lower_bound(properties.begin(), properties.end(), name.size(),
                       [](const auto& property, std::size_t size) { return property.first.size() < size; });
  for (; it != properties.end() && it->first.size() == name.size(); ++it) {
    if (it->first == name) return static_cast<int>(it - properties.begin());
  }
  return -1;
}

ConformanceSchema::ConformanceSchema(const SchemaReferences& references) : references_(references) {
  compile(references.root());
}

ConformanceSchema::~ConformanceSchema() = default;

ConformanceSchema::Index ConformanceSchema::compile(const rapidjson::Value& schemaNode) {
  // As valijson and draft-07 do, a "$ref" replaces the schema it appears in (siblings are ignored).
  const rapidjson::Value* target = references_.follow(schemaNode);
  if (target == nullptr) throw std::logic_error("schema: a '$ref' names nothing");
  const rapidjson::Value& node = *target;
  if (const auto done = indexBySource_.find(&node); done != indexBySource_.end()) return done->second;
  if (!node.IsObject()) throw std::logic_error("schema: a subschema must be an object");
  const Index index = static_cast<Index>(subschemas_.size());
  subschemas_.emplace_back();
  sources_.push_back(&node);
  indexBySource_.emplace(&node, index);
  // Children are compiled into a local copy: compiling them grows subschemas_.
  Subschema schema;
  std::vector<std::string_view> required;
  for (const auto& member : node.GetObject()) {
    const std::string_view keyword = view(member.name);
    const rapidjson::Value& value = member.value;
    if (isAnnotation(keyword)) continue;
    if (keyword == "type") {
      if (!value.IsString()) throw std::logic_error("schema: 'type' must be one name");
      schema.types = typeBit(view(value));
    } else if (keyword == "properties") {
      for (const auto& property : value.GetObject()) {
        schema.properties.emplace_back(view(property.name), compile(property.value));
      }
      std::sort(schema.properties.begin(), schema.properties.end(), [](const auto& a, const auto& b) {
        return a.first.size() != b.first.size() ? a.first.size() < b.first.size() : a.first < b.first;
      });
      if (schema.properties.size() > kMaxProperties) throw std::logic_error("schema: too many properties");
    } else if (keyword == "additionalProperties") {
      if (value.IsFalse()) {
        schema.closed = true;
      } else if (!value.IsTrue()) {
        schema.additional = compile(value);
      }
    } else if (keyword == "required") {
      for (const auto& name : value.GetArray()) required.push_back(view(name));
    } else if (keyword == "items") {
      schema.items = compile(value);
    } else if (keyword == "minItems") {
      schema.minItems = count(value, keyword);
    } else if (keyword == "maxItems") {
      schema.maxItems = count(value, keyword);
    } else if (keyword == "minimum") {
      schema.minimum = number(value, keyword);
    } else if (keyword == "maximum") {
      schema.maximum = number(value, keyword);
    } else if (keyword == "minLength") {
      schema.minLength = count(value, keyword);
    } else if (keyword == "maxLength") {
      schema.maxLength = count(value, keyword);
    } else if (keyword == "pattern") {
      patterns_.push_back(std::make_unique<SchemaPattern>(std::string(view(value))));
      schema.patterns.push_back(patterns_.back().get());
    } else if (keyword == "enum") {
      schema.hasEnum = true;
      for (const auto& option : value.GetArray()) {
        if (!option.IsString()) throw std::logic_error("schema: only string enums are implemented");
        schema.enumValues.push_back(view(option));
      }
    } else if (keyword == "not") {
      schema.notSchema = compile(value);
    } else if (keyword == "if") {
      schema.ifSchema = compile(value);
    } else if (keyword == "then") {
      schema.thenSchema = compile(value);
    } else if (keyword == "else") {
      schema.elseSchema = compile(value);
    } else {
      throw std::logic_error("schema: keyword '" + std::string(keyword) +
                             "' is not implemented by the fast check");
    }
  }
  // "required" may come before "properties" in the schema: resolved once both are known.
  for (const std::string_view name : required) {
    if (const int position = findProperty(schema, name); position >= 0) {
      schema.requiredDeclared.set(static_cast<std::size_t>(position));
    } else {
      schema.requiredUndeclared.push_back(name);
    }
  }
  subschemas_[index] = std::move(schema);
  return index;
}

std::optional<ConformanceSchema::Index> ConformanceSchema::property(Index object,
                                                                    std::string_view name) const {
  const Subschema& schema = subschemas_[object];
  if (const int position = findProperty(schema, name); position >= 0) {
    return schema.properties[static_cast<std::size_t>(position)].second;
  }
  if (schema.additional != kNone) return schema.additional;
  return std::nullopt;
}

std::optional<ConformanceSchema::Index> ConformanceSchema::indexOf(const rapidjson::Value& node) const {
  const rapidjson::Value* target = references_.follow(node);
  const auto it = target == nullptr ? indexBySource_.end() : indexBySource_.find(target);
  return it == indexBySource_.end() ? std::nullopt : std::optional<Index>(it->second);
}

std::optional<ConformanceSchema::Index> ConformanceSchema::items(Index array) const {
  const Index items = subschemas_[array].items;
  return items == kNone ? std::nullopt : std::optional<Index>(items);
}

bool ConformanceSchema::check(const rapidjson::Value& value, Index index, bool deep) const {
  const Subschema& schema = subschemas_[index];
  if (!hasAllowedType(value, schema.types)) return false;
  if (schema.hasEnum) {
    if (!value.IsString()) return false;
    const std::string_view text = view(value);
    if (std::find(schema.enumValues.begin(), schema.enumValues.end(), text) == schema.enumValues.end()) {
      return false;
    }
  }
  bool valid = true;
  switch (value.GetType()) {
    case rapidjson::kObjectType:
      valid = conformsAsObject(value, schema, deep);
      break;
    case rapidjson::kArrayType:
      valid = conformsAsArray(value, schema, deep);
      break;
    case rapidjson::kStringType:
      valid = conformsAsString(value, schema);
      break;
    case rapidjson::kNumberType:
      valid = conformsAsNumber(value, schema);
      break;
    default:
      break;
  }
  if (!valid) return false;
  if (schema.notSchema != kNone && conforms(value, schema.notSchema)) return false;
  if (schema.ifSchema != kNone) {
    const Index branch = conforms(value, schema.ifSchema) ? schema.thenSchema : schema.elseSchema;
    if (branch != kNone && !conforms(value, branch)) return false;
  }
  return true;
}

bool ConformanceSchema::conformsAsObject(const rapidjson::Value& value, const Subschema& schema,
                                         bool deep) const {
  std::bitset<kMaxProperties> seen;
  for (const auto& member : value.GetObject()) {
    const int found = findProperty(schema, view(member.name));
    if (found >= 0) {
      // valijson validates the first of duplicate members and then finds more members than names
      // it matched: with "additionalProperties": false that fails, and it is rejected here too.
      const auto position = static_cast<std::size_t>(found);
      if (seen[position] && schema.closed) return false;
      seen.set(position);
      if (deep && !conforms(member.value, schema.properties[position].second)) return false;
    } else if (schema.closed) {
      return false;
    } else if (deep && schema.additional != kNone && !conforms(member.value, schema.additional)) {
      return false;
    }
  }
  if ((seen & schema.requiredDeclared) != schema.requiredDeclared) return false;
  for (const std::string_view name : schema.requiredUndeclared) {
    if (!value.HasMember(rapidjson::Value(
            rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size()))))) {
      return false;
    }
  }
  return true;
}

bool ConformanceSchema::conformsAsArray(const rapidjson::Value& value, const Subschema& schema,
                                        bool deep) const {
  const std::uint64_t size = value.Size();
  if (schema.minItems && size < *schema.minItems) return false;
  if (schema.maxItems && size > *schema.maxItems) return false;
  if (!deep || schema.items == kNone) return true;
  return std::all_of(value.Begin(), value.End(),
                     [&](const rapidjson::Value& element) { return conforms(element, schema.items); });
}

bool ConformanceSchema::conformsAsString(const rapidjson::Value& value, const Subschema& schema) const {
  if (schema.minLength || schema.maxLength) {
    const std::uint64_t length = valijsonLength(value);
    if ((schema.minLength && length < *schema.minLength) ||
        (schema.maxLength && length > *schema.maxLength)) {
      return false;
    }
  }
  const std::string_view text = view(value);
  return std::all_of(schema.patterns.begin(), schema.patterns.end(),
                     [text](const SchemaPattern* pattern) { return pattern->search(text); });
}

bool ConformanceSchema::conformsAsNumber(const rapidjson::Value& value, const Subschema& schema) const {
  if (!schema.minimum && !schema.maximum) return true;
  const double number = valijsonNumber(value);
  return !(schema.minimum && number < *schema.minimum) && !(schema.maximum && number > *schema.maximum);
}

}  // namespace ecslint
