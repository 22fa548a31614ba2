#include "schema/task_definition_schema.h"

#include <algorithm>

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

TaskDefinitionSchema::TaskDefinitionSchema() : text_(embeddedSchemaText()) {
  document_.ParseInsitu(text_.data());
  if (document_.HasParseError() || !document_.IsObject()) {
    throw std::logic_error("schemas/task-definition.schema.json is not a JSON object");
  }
  references_ = std::make_unique<SchemaReferences>(document_);
  collectMemberNames();
  conformance_ = std::make_unique<ConformanceSchema>(*references_);
  const ConformanceSchema::Index root = ConformanceSchema::root();
  const auto containers = conformance_->property(root, "containerDefinitions");
  const auto container = containers ? conformance_->items(*containers) : std::nullopt;
  const auto tags = conformance_->property(root, "tags");
  if (!container || !tags) {
    throw std::logic_error("schemas/task-definition.schema.json lacks containerDefinitions items or tags");
  }
  conformanceContainer_ = *container;
  conformanceTags_ = *tags;
}

void TaskDefinitionSchema::compileValijson() const {
  std::call_once(valijsonCompiled_, [this] {
    compiled_ = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    parser.populateSchema(valijson::adapters::RapidJsonAdapter(document_), *compiled_);
    const valijson::Subschema* containers = compiledProperty(*compiled_->root(), "containerDefinitions");
    containerDefinition_ = containers == nullptr ? nullptr : compiledItems(*containers);
    tags_ = compiledProperty(*compiled_->root(), "tags");
    if (containerDefinition_ == nullptr || tags_ == nullptr) {
      throw std::logic_error("schemas/task-definition.schema.json lacks containerDefinitions items or tags");
    }
  });
}

ConformanceSchema::Index TaskDefinitionSchema::conformanceIndex(SchemaScope::Kind place) const {
  switch (place) {
    case SchemaScope::Kind::Container:
      return conformanceContainer_;
    case SchemaScope::Kind::Tags:
      return conformanceTags_;
    case SchemaScope::Kind::TaskDefinition:
      break;
  }
  return ConformanceSchema::root();
}

const valijson::Subschema& TaskDefinitionSchema::valijsonSubschema(SchemaScope::Kind place) const {
  compileValijson();
  switch (place) {
    case SchemaScope::Kind::Container:
      return *containerDefinition_;
    case SchemaScope::Kind::Tags:
      return *tags_;
    case SchemaScope::Kind::TaskDefinition:
      break;
  }
  return *compiled_->root();
}

SchemaNode TaskDefinitionSchema::definition(std::string_view name) const {
  const auto definitions = document_.FindMember("definitions");
  if (definitions == document_.MemberEnd() || !definitions->value.IsObject()) return {};
  const auto entry = definitions->value.FindMember(
      rapidjson::Value(rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size()))));
  if (entry == definitions->value.MemberEnd()) return {};
  const auto index = conformance_->indexOf(entry->value);
  return index ? SchemaNode(*conformance_, *index) : SchemaNode();
}

void TaskDefinitionSchema::collectMemberNames() {
  // The schema nests a few levels and is ours: an explicit stack, no recursion.
  std::vector<const rapidjson::Value*> pending{&document_};
  while (!pending.empty()) {
    const rapidjson::Value& value = *pending.back();
    pending.pop_back();
    if (value.IsArray()) {
      for (const rapidjson::Value& element : value.GetArray()) pending.push_back(&element);
      continue;
    }
    if (!value.IsObject()) continue;
    for (const auto& member : value.GetObject()) {
      const std::string_view name(member.name.GetString(), member.name.GetStringLength());
      if (name == "properties" && member.value.IsObject()) {
        for (const auto& property : member.value.GetObject()) {
          memberNames_.emplace_back(property.name.GetString(), property.name.GetStringLength());
        }
      }
      pending.push_back(&member.value);
    }
  }
  std::sort(memberNames_.begin(), memberNames_.end());
  memberNames_.erase(std::unique(memberNames_.begin(), memberNames_.end()), memberNames_.end());
}

}  // namespace ecslint
