#include "schema/task_definition_schema.h"

#include <stdexcept>
#include <string>

#include "support/embedded_file.h"
#include "support/valijson.h"

namespace ecslint {

extern const std::span<const EmbeddedFile> kEmbeddedSchemaFiles;

namespace {

constexpr std::string_view kSchemaFile = "task-definition.schema.json";

std::string_view embeddedSchemaText() {
  for (const EmbeddedFile& file : kEmbeddedSchemaFiles) {
    if (file.name == kSchemaFile) return file.content;
  }
  throw std::logic_error("schemas/task-definition.schema.json is not embedded");
}

// valijson keeps no index of a compiled schema; these find the subschema of a property or of array
// items among a subschema's constraints.
const valijson::Subschema* propertySubschema(const valijson::Subschema& object, std::string_view name) {
  const valijson::Subschema* found = nullptr;
  valijson::Subschema::ApplyFunction visit = [&](const valijson::constraints::Constraint& constraint) {
    if (const auto* properties =
            dynamic_cast<const valijson::constraints::PropertiesConstraint*>(&constraint)) {
      properties->applyToProperties([&](const auto& key, const valijson::Subschema* subschema) {
        if (std::string_view(key.c_str(), key.size()) == name) found = subschema;
        return found == nullptr;
      });
    }
    return true;
  };
  object.apply(visit);
  if (found == nullptr)
    throw std::logic_error("the task definition schema has no property " + std::string(name));
  return found;
}

const valijson::Subschema* itemsSubschema(const valijson::Subschema& array) {
  const valijson::Subschema* found = nullptr;
  valijson::Subschema::ApplyFunction visit = [&](const valijson::constraints::Constraint& constraint) {
    if (const auto* items =
            dynamic_cast<const valijson::constraints::SingularItemsConstraint*>(&constraint)) {
      found = items->getItemsSubschema();
    }
    return true;
  };
  array.apply(visit);
  if (found == nullptr) throw std::logic_error("the task definition schema has an array without items");
  return found;
}

}  // namespace

const TaskDefinitionSchema& TaskDefinitionSchema::instance() {
  static const TaskDefinitionSchema* const schema = new TaskDefinitionSchema();
  return *schema;
}

TaskDefinitionSchema::TaskDefinitionSchema()
    : text_(embeddedSchemaText()), compiled_(std::make_unique<valijson::Schema>()) {
  document_.ParseInsitu(text_.data());
  if (document_.HasParseError() || !document_.IsObject()) {
    throw std::logic_error("schemas/task-definition.schema.json is not a JSON object");
  }
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  parser.populateSchema(valijson::adapters::RapidJsonAdapter(document_), *compiled_);
  containerDefinition_ = itemsSubschema(*propertySubschema(*compiled_->root(), "containerDefinitions"));
  tags_ = propertySubschema(*compiled_->root(), "tags");
}

TaskDefinitionSchema::~TaskDefinitionSchema() = default;

const valijson::Subschema& TaskDefinitionSchema::taskDefinition() const { return *compiled_->root(); }

SchemaNode TaskDefinitionSchema::definition(std::string_view name) const {
  const auto definitions = document_.FindMember("definitions");
  if (definitions == document_.MemberEnd() || !definitions->value.IsObject()) return {};
  const auto entry = definitions->value.FindMember(
      rapidjson::Value(rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size()))));
  if (entry == definitions->value.MemberEnd()) return {};
  return SchemaNode(document_, entry->value);
}

}  // namespace ecslint
