#pragma once
// Reads JSON member values into model fields. A null reads as absent; a placeholder or a value of
// another JSON type reads as unknown (the schema check reports wrong types). Used only while the
// model is built.

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "json/json_document.h"
#include "model/field.h"
#include "model/placeholder.h"
#include "model/task_definition.h"

namespace ecslint {

class FieldReader {
 public:
  explicit FieldReader(const JsonDocument& document) : document_(document) {}

  StringField string(NodeId node) const {
    StringField field;
    field.node = node;
    const rapidjson::Value& value = document_.value(node);
    if (value.IsNull()) {
      field.presence = Presence::Absent;
    } else if (value.IsString() && !containsPlaceholder(stringValue(value))) {
      field.presence = Presence::Known;
      field.value = stringValue(value);
    } else {
      field.presence = Presence::Unknown;
    }
    return field;
  }

  // A string value as written, placeholders and all (empty for other types): for messages that
  // name a thing, never for judging it.
  std::string_view text(NodeId node) const {
    const rapidjson::Value& value = document_.value(node);
    return value.IsString() ? stringValue(value) : std::string_view{};
  }

  IntField integer(NodeId node) const {
    IntField field;
    field.node = node;
    const rapidjson::Value& value = document_.value(node);
    if (value.IsNull()) {
      field.presence = Presence::Absent;
    } else if (value.IsInt64()) {
      field.presence = Presence::Known;
      field.value = value.GetInt64();
    } else {
      field.presence = Presence::Unknown;
    }
    return field;
  }

  BoolField boolean(NodeId node) const {
    BoolField field;
    field.node = node;
    const rapidjson::Value& value = document_.value(node);
    if (value.IsNull()) {
      field.presence = Presence::Absent;
    } else if (value.IsBool()) {
      field.presence = Presence::Known;
      field.value = value.GetBool();
    } else {
      field.presence = Presence::Unknown;
    }
    return field;
  }

  // A string that maps onto an enum; any other spelling reads as unknown (ECS005 reports it).
  template <class E, std::size_t N>
  Field<E> enumeration(NodeId node, const std::array<std::pair<std::string_view, E>, N>& names) const {
    const StringField text = string(node);
    Field<E> field;
    field.node = node;
    field.presence = text.presence;
    if (text.known()) {
      field.presence = Presence::Unknown;
      for (const auto& [name, value] : names) {
        if (text.value == name) {
          field.presence = Presence::Known;
          field.value = value;
        }
      }
    }
    return field;
  }

  TaskSizeField taskSize(NodeId node, std::optional<std::int64_t> (*parse)(std::string_view)) const {
    TaskSizeField field;
    field.node = node;
    const StringField text = string(node);
    field.presence = text.presence;
    if (text.known()) {
      if (const auto amount = parse(text.value)) {
        field.value = *amount;
      } else {
        // "" is an empty value (ECS010's finding), not a malformed size.
        field.presence = Presence::Unknown;
        field.malformed = !text.value.empty();
      }
    }
    return field;
  }

  const rapidjson::Value& value(NodeId node) const { return document_.value(node); }
  std::string_view key(NodeId node) const { return document_.keyName(node); }
  NodeId firstChild(NodeId node) const { return document_.firstChild(node); }
  NodeId next(NodeId node) const { return document_.nextSibling(node); }
  NodeId member(NodeId object, std::string_view key) const { return document_.member(object, key); }
  // Non-empty arrays and objects: the forms in which a list or structure says anything.
  bool nonEmptyArray(NodeId node) const { return value(node).IsArray() && !value(node).Empty(); }

 private:
  const JsonDocument& document_;
};

// Visits the members or elements of `node` in document order.
template <class F>
inline void forEachChild(const FieldReader& reader, NodeId node, F&& visit) {
  if (!reader.value(node).IsObject() && !reader.value(node).IsArray()) return;
  for (NodeId child = reader.firstChild(node); child != kNoNode; child = reader.next(child)) visit(child);
}

// Reads an array of strings (links, command, capabilities): one field per element.
inline std::vector<StringField> readStrings(const FieldReader& reader, NodeId node) {
  std::vector<StringField> fields;
  forEachChild(reader, node, [&](NodeId element) { fields.push_back(reader.string(element)); });
  return fields;
}

// What a list of objects says: absent (missing or null), known (an array of objects only), or
// unknown (a placeholder, or an array with a placeholder element that may hold anything).
inline Presence objectListPresence(const FieldReader& reader, NodeId node) {
  const rapidjson::Value& value = reader.value(node);
  if (value.IsNull()) return Presence::Absent;
  if (!value.IsArray()) return Presence::Unknown;
  for (const rapidjson::Value& element : value.GetArray()) {
    if (!element.IsObject()) return Presence::Unknown;
  }
  return Presence::Known;
}

// The member node when its value is a non-empty array, else kNoNode.
inline NodeId nonEmptyArrayNode(const FieldReader& reader, NodeId node) {
  return reader.nonEmptyArray(node) ? node : kNoNode;
}

}  // namespace ecslint
