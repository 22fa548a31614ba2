#include "schema/schema_node.h"

#include <algorithm>
#include <string>

namespace ecslint {
namespace {

rapidjson::Value::ConstMemberIterator findMember(const rapidjson::Value& object, std::string_view name) {
  // An empty key ("": 1) may come as a view with no data; RapidJSON asserts on a null pointer.
  const char* data = name.data() != nullptr ? name.data() : "";
  return object.FindMember(
      rapidjson::Value(rapidjson::StringRef(data, static_cast<rapidjson::SizeType>(name.size()))));
}

std::string_view view(const rapidjson::Value& value) {
  return value.IsString() ? std::string_view(value.GetString(), value.GetStringLength()) : std::string_view();
}

}  // namespace

SchemaNode::SchemaNode(const ConformanceSchema& schema, ConformanceSchema::Index index)
    : schema_(&schema), index_(index), node_(&schema.source(index)) {}

const rapidjson::Value* SchemaNode::member(const char* keyword) const {
  if (node_ == nullptr) return nullptr;
  const auto it = node_->FindMember(keyword);
  return it == node_->MemberEnd() ? nullptr : &it->value;
}

SchemaNode SchemaNode::property(std::string_view name) const {
  if (schema_ == nullptr) return {};
  const auto child = schema_->property(index_, name);
  return child ? SchemaNode(*schema_, *child) : SchemaNode();
}

SchemaNode SchemaNode::items() const {
  if (schema_ == nullptr) return {};
  const auto child = schema_->items(index_);
  return child ? SchemaNode(*schema_, *child) : SchemaNode();
}

bool SchemaNode::declares(std::string_view name) const {
  const rapidjson::Value* properties = member("properties");
  return properties != nullptr && properties->IsObject() &&
         findMember(*properties, name) != properties->MemberEnd();
}

std::optional<std::string_view> SchemaNode::declaredName(std::string_view written, Dialect dialect) const {
  if (schema_ == nullptr) return std::nullopt;
  return schema_->declaredName(index_, written, dialect);
}

std::string_view SchemaNode::spelling(std::string_view name, Dialect dialect) const {
  return schema_ == nullptr ? name : schema_->spelling(index_, name, dialect);
}

bool SchemaNode::isRequired(std::string_view name, Dialect dialect) const {
  return schema_ != nullptr && schema_->isRequired(index_, name, dialect);
}

bool SchemaNode::isClosed() const {
  const rapidjson::Value* additional = member("additionalProperties");
  return additional != nullptr && additional->IsFalse();
}

bool SchemaNode::isMap() const {
  const rapidjson::Value* additional = member("additionalProperties");
  const rapidjson::Value* properties = member("properties");
  return additional != nullptr && additional->IsObject() &&
         (properties == nullptr || properties->ObjectEmpty());
}

std::vector<std::string_view> SchemaNode::propertyNames() const {
  std::vector<std::string_view> names;
  if (const rapidjson::Value* properties = member("properties");
      properties != nullptr && properties->IsObject()) {
    for (const auto& property : properties->GetObject()) names.push_back(view(property.name));
  }
  return names;
}

bool SchemaNode::isRequired(std::string_view name) const {
  const rapidjson::Value* required = member("required");
  if (required == nullptr || !required->IsArray()) return false;
  return std::any_of(required->Begin(), required->End(),
                     [name](const rapidjson::Value& entry) { return view(entry) == name; });
}

std::vector<std::string_view> SchemaNode::requiredNames() const {
  std::vector<std::string_view> names;
  if (const rapidjson::Value* required = member("required"); required != nullptr && required->IsArray()) {
    for (const auto& name : required->GetArray()) names.push_back(view(name));
  }
  return names;
}

std::vector<std::string_view> SchemaNode::enumValues() const {
  std::vector<std::string_view> values;
  if (const rapidjson::Value* list = member("enum"); list != nullptr && list->IsArray()) {
    for (const auto& value : list->GetArray()) values.push_back(view(value));
  }
  return values;
}

std::string_view SchemaNode::type() const {
  const rapidjson::Value* type = member("type");
  return type != nullptr ? view(*type) : std::string_view();
}

bool SchemaNode::readOnly() const {
  const rapidjson::Value* readOnly = member("readOnly");
  return readOnly != nullptr && readOnly->IsBool() && readOnly->GetBool();
}

std::string_view SchemaNode::title() const {
  const rapidjson::Value* title = member("title");
  return title != nullptr ? view(*title) : std::string_view();
}

std::string_view SchemaNode::description() const {
  const rapidjson::Value* description = member("description");
  return description != nullptr ? view(*description) : std::string_view();
}

std::optional<double> SchemaNode::number(const char* keyword) const {
  const rapidjson::Value* value = member(keyword);
  if (value == nullptr || !value->IsNumber()) return std::nullopt;
  return value->GetDouble();
}

}  // namespace ecslint
