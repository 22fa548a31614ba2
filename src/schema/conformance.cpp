#include "schema/conformance.h"

#include <valijson/utils/utf8_utils.hpp>  // valijson's own string length, so lengths agree exactly

#include <algorithm>
#include <bitset>
#include <limits>
#include <stdexcept>
#include <string>

#include "schema/cloudformation_differences.h"
#include "schema/json_number.h"
#include "schema/schema_reference.h"
#include "schema/template_reading.h"

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
// admits doubles (so 1.0 is a number but not an integer). A Document keeps that distinction as
// NodeKind::Integer and NodeKind::Float (json/json_loader.cpp takes them from RapidJSON's reader).
bool hasAllowedType(NodeKind kind, std::uint8_t types) {
  if (types == kAnyType) return true;
  switch (kind) {
    case NodeKind::Null:
      return (types & kNull) != 0;
    case NodeKind::Boolean:
      return (types & kBoolean) != 0;
    case NodeKind::Mapping:
      return (types & kObject) != 0;
    case NodeKind::Sequence:
      return (types & kArray) != 0;
    case NodeKind::String:
      return (types & kString) != 0;
    case NodeKind::Integer:
      return (types & (kNumber | kInteger)) != 0;
    case NodeKind::Float:
      return (types & kNumber) != 0;
    case NodeKind::Alias:  // only in templates, where it is unknown
      break;
  }
  return true;
}

// A string's length as valijson measures it: code points, up to the first NUL.
std::uint64_t valijsonLength(std::string_view text) {
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
  std::string_view typeName;  // "type" as written, for CloudFormation's coercions
  // Objects. "properties" sorted by length, then name: a lookup finds the few names of the key's
  // length by comparing integers and compares bytes only among them.
  std::vector<std::pair<std::string_view, Index>> properties;
  std::bitset<kMaxProperties> requiredDeclared;      // required members, by position in `properties`
  bool closed = false;                               // "additionalProperties": false
  Index additional = kNone;                          // an "additionalProperties" schema
  std::vector<std::string_view> requiredUndeclared;  // required members "properties" lacks
  // CloudFormation's spelling of each property (same order as `properties`), and the positions in
  // `properties` ordered by that spelling as `properties` is ordered by name.
  std::vector<std::string> cloudFormationNames;
  std::vector<std::size_t> cloudFormationOrder;  // without the API's members a template lacks
  std::bitset<kMaxProperties> cloudFormationRequired;
  std::vector<std::string> cloudFormationRequiredUndeclared;
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

int ConformanceSchema::findProperty(const Subschema& schema, std::string_view name, Dialect dialect) {
  if (dialect == Dialect::EcsApi) return findProperty(schema, name);
  const auto& names = schema.cloudFormationNames;
  const auto& order = schema.cloudFormationOrder;
  auto it = std::lower_bound(
      order.begin(), order.end(), name.size(),
      [&names](std::size_t position, std::size_t size) { return names[position].size() < size; });
  for (; it != order.end() && names[*it].size() == name.size(); ++it) {
    if (names[*it] == name) return static_cast<int>(*it);
  }
  return -1;
}

ConformanceSchema::ConformanceSchema(const SchemaReferences& references) : references_(references) {
  compile(references.root());
  std::vector<bool> spelt(subschemas_.size());
  spellProperties(root(), "", spelt);
}

// CloudFormation's names depend on where a property sits (model/key_spelling.h names the
// exceptions by canonical path), so each subschema is spelt from the path it is reached by. A
// subschema shared by two paths must be spelt the same way by both.
void ConformanceSchema::spellProperties(Index index, const std::string& path, std::vector<bool>& spelt) {
  Subschema& schema = subschemas_[index];
  const auto pathOf = [&path](std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
  };
  std::vector<std::string> names;
  for (const auto& [name, child] : schema.properties)
    names.push_back(spellKey(Dialect::CloudFormation, pathOf(name)));
  std::vector<std::string> required;
  for (const std::string_view name : schema.requiredUndeclared) {
    required.push_back(spellKey(Dialect::CloudFormation, pathOf(name)));
  }
  if (spelt[index]) {
    if (schema.cloudFormationNames != names || schema.cloudFormationRequiredUndeclared != required) {
      throw std::logic_error("schema: a subschema shared by '" + path + "' is spelt differently elsewhere");
    }
    return;
  }
  spelt[index] = true;
  schema.cloudFormationNames = std::move(names);
  schema.cloudFormationRequiredUndeclared = std::move(required);
  // cloudformation_differences.h: members a template does not have, or need not have.
  schema.cloudFormationRequired = schema.requiredDeclared;
  for (std::size_t i = 0; i < schema.properties.size(); ++i) {
    const std::string canonicalPath = pathOf(schema.properties[i].first);
    if (hasCloudFormationDifference(canonicalPath, CloudFormationDifference::Kind::NotRequired)) {
      schema.cloudFormationRequired.reset(i);
    }
    if (!hasCloudFormationDifference(canonicalPath, CloudFormationDifference::Kind::NotAProperty)) {
      schema.cloudFormationOrder.push_back(i);
    }
  }
  const auto& cfn = schema.cloudFormationNames;
  std::sort(schema.cloudFormationOrder.begin(), schema.cloudFormationOrder.end(),
            [&cfn](std::size_t a, std::size_t b) {
              return cfn[a].size() != cfn[b].size() ? cfn[a].size() < cfn[b].size() : cfn[a] < cfn[b];
            });
  // Children are spelt after this subschema's own entry is complete: spelling them may come back
  // here through a shared subschema. Indexes, not references: subschemas_ does not grow here.
  const std::vector<std::pair<std::string_view, Index>> properties = schema.properties;
  const Index items = schema.items, additional = schema.additional;
  const Index branches[] = {schema.notSchema, schema.ifSchema, schema.thenSchema, schema.elseSchema};
  for (const auto& [name, child] : properties) spellProperties(child, pathOf(name), spelt);
  if (items != kNone) spellProperties(items, path + "[]", spelt);
  if (additional != kNone) spellProperties(additional, path + ".*", spelt);
  for (const Index branch : branches) {
    if (branch != kNone) spellProperties(branch, path, spelt);
  }
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
      schema.typeName = view(value);
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

std::optional<std::string_view> ConformanceSchema::declaredName(Index object, std::string_view written,
                                                                Dialect dialect) const {
  const Subschema& schema = subschemas_[object];
  const int position = findProperty(schema, written, dialect);
  if (position < 0) return std::nullopt;
  return schema.properties[static_cast<std::size_t>(position)].first;
}

std::string_view ConformanceSchema::spelling(Index object, std::string_view name, Dialect dialect) const {
  const Subschema& schema = subschemas_[object];
  const int position = findProperty(schema, name);
  if (dialect == Dialect::EcsApi || position < 0) return name;
  return schema.cloudFormationNames[static_cast<std::size_t>(position)];
}

// A value as it is judged: its kind and text after CloudFormation's coercions (the node's own in
// the API's JSON). Branches of the same value ("not", "if", "then", "else") judge the same reading.
struct ConformanceSchema::Value {
  const Document& document;
  NodeId node;
  Dialect dialect;
  NodeKind kind;
  std::string_view text;
};

bool ConformanceSchema::conforms(const Document& document, NodeId node, Index subschema,
                                 Dialect dialect) const {
  return check(Value{document, node, dialect, document.kind(node), document.text(node)}, subschema, true);
}

bool ConformanceSchema::conformsShallow(const Document& document, NodeId node, Index subschema,
                                        Dialect dialect) const {
  return check(Value{document, node, dialect, document.kind(node), document.text(node)}, subschema, false);
}

bool ConformanceSchema::check(const Value& value, Index index, bool deep) const {
  if (value.dialect == Dialect::EcsApi) return checkRead(value, index, deep);
  if (isUnknownInTemplate(value.document, value.node)) return true;
  if (!value.document.isScalar(value.node)) return checkRead(value, index, deep);
  std::string integer;  // a coerced integer's text
  Value read = value;
  switch (templateCoercion(value.document, value.node, subschemas_[index].typeName)) {
    case Coercion::None:
      break;
    case Coercion::Unknown:
      return true;
    case Coercion::ToInteger:
      integer = integerText(value.text);
      read.kind = NodeKind::Integer;
      read.text = integer;
      break;
    case Coercion::ToString:
      read.kind = NodeKind::String;
      break;
    case Coercion::ToBoolean:
      read.kind = NodeKind::Boolean;
      break;
  }
  return checkRead(read, index, deep);
}

bool ConformanceSchema::checkRead(const Value& value, Index index, bool deep) const {
  const Subschema& schema = subschemas_[index];
  if (!hasAllowedType(value.kind, schema.types)) return false;
  if (schema.hasEnum) {
    if (value.kind != NodeKind::String) return false;
    if (std::find(schema.enumValues.begin(), schema.enumValues.end(), value.text) ==
        schema.enumValues.end()) {
      return false;
    }
  }
  bool valid = true;
  switch (value.kind) {
    case NodeKind::Mapping:
      valid = conformsAsObject(value, schema, deep);
      break;
    case NodeKind::Sequence:
      valid = conformsAsArray(value, schema, deep);
      break;
    case NodeKind::String:
      valid = conformsAsString(value.text, schema);
      break;
    case NodeKind::Integer:
    case NodeKind::Float:
      valid = conformsAsNumber(value.text, schema);
      break;
    default:
      break;
  }
  if (!valid) return false;
  if (schema.notSchema != kNone && checkRead(value, schema.notSchema, true)) return false;
  if (schema.ifSchema != kNone) {
    const Index branch = checkRead(value, schema.ifSchema, true) ? schema.thenSchema : schema.elseSchema;
    if (branch != kNone && !checkRead(value, branch, true)) return false;
  }
  return true;
}

bool ConformanceSchema::isRequired(Index object, std::string_view name, Dialect dialect) const {
  const Subschema& schema = subschemas_[object];
  const int position = findProperty(schema, name);
  if (position >= 0) {
    const auto& required =
        dialect == Dialect::EcsApi ? schema.requiredDeclared : schema.cloudFormationRequired;
    return required[static_cast<std::size_t>(position)];
  }
  return std::find(schema.requiredUndeclared.begin(), schema.requiredUndeclared.end(), name) !=
         schema.requiredUndeclared.end();
}

bool ConformanceSchema::conformsAsObject(const Value& value, const Subschema& schema, bool deep) const {
  const Document& document = value.document;
  const bool inTemplate = value.dialect == Dialect::CloudFormation;
  std::bitset<kMaxProperties> seen;
  for (NodeId member = document.firstChild(value.node); member != kNoNode;
       member = document.nextSibling(member)) {
    if (inTemplate && isNoValue(document, member)) continue;
    const int found = findProperty(schema, document.keyName(member), value.dialect);
    if (found >= 0) {
      // valijson validates the first of duplicate members and then finds more members than names
      // it matched: with "additionalProperties": false that fails, and it is rejected here too.
      const auto position = static_cast<std::size_t>(found);
      if (seen[position] && schema.closed) return false;
      seen.set(position);
      if (deep && !conforms(document, member, schema.properties[position].second, value.dialect))
        return false;
    } else if (schema.closed) {
      return false;
    } else if (deep && schema.additional != kNone &&
               !conforms(document, member, schema.additional, value.dialect)) {
      return false;
    }
  }
  const auto& required = inTemplate ? schema.cloudFormationRequired : schema.requiredDeclared;
  if ((seen & required) != required) return false;
  const auto present = [&](std::string_view name) {
    for (NodeId member = document.firstChild(value.node); member != kNoNode;
         member = document.nextSibling(member)) {
      if (document.keyName(member) == name && !(inTemplate && isNoValue(document, member))) return true;
    }
    return false;
  };
  if (inTemplate) {
    return std::all_of(schema.cloudFormationRequiredUndeclared.begin(),
                       schema.cloudFormationRequiredUndeclared.end(), present);
  }
  return std::all_of(schema.requiredUndeclared.begin(), schema.requiredUndeclared.end(), present);
}

bool ConformanceSchema::conformsAsArray(const Value& value, const Subschema& schema, bool deep) const {
  const Document& document = value.document;
  const bool inTemplate = value.dialect == Dialect::CloudFormation;
  std::uint64_t size = 0;
  for (NodeId element = document.firstChild(value.node); element != kNoNode;
       element = document.nextSibling(element)) {
    if (inTemplate && isNoValue(document, element)) continue;  // CloudFormation drops it from the list
    ++size;
    if (deep && schema.items != kNone && !conforms(document, element, schema.items, value.dialect))
      return false;
  }
  return !(schema.minItems && size < *schema.minItems) && !(schema.maxItems && size > *schema.maxItems);
}

bool ConformanceSchema::conformsAsString(std::string_view text, const Subschema& schema) const {
  if (schema.minLength || schema.maxLength) {
    const std::uint64_t length = valijsonLength(text);
    if ((schema.minLength && length < *schema.minLength) ||
        (schema.maxLength && length > *schema.maxLength)) {
      return false;
    }
  }
  return std::all_of(schema.patterns.begin(), schema.patterns.end(),
                     [text](const SchemaPattern* pattern) { return pattern->search(text); });
}

bool ConformanceSchema::conformsAsNumber(std::string_view text, const Subschema& schema) const {
  if (!schema.minimum && !schema.maximum) return true;
  // A number in a form only YAML writes (0x1F, 1_000) is CloudFormation's to read, not judged here.
  const std::optional<JsonNumber> read = readJsonNumber(text);
  if (!read) return true;
  const double number = read->valijsonValue();
  return !(schema.minimum && number < *schema.minimum) && !(schema.maximum && number > *schema.maximum);
}

}  // namespace ecslint
