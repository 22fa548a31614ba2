#include "schema/task_definition_schema.h"

#include <stdexcept>
#include <string>

#include "schema/compiled_subschemas.h"
#include "support/embedded_file.h"

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
  const valijson::Subschema* containers = compiledProperty(*compiled_->root(), "containerDefinitions");
  containerDefinition_ = containers == nullptr ? nullptr : compiledItems(*containers);
  tags_ = compiledProperty(*compiled_->root(), "tags");
  if (containerDefinition_ == nullptr || tags_ == nullptr) {
    throw std::logic_error("schemas/task-definition.schema.json lacks containerDefinitions items or tags");
  }
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
