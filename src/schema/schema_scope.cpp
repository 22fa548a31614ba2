#include "schema/schema_scope.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <vector>

#include "message/message_catalogue.h"
#include "schema/task_definition_schema.h"
#include "schema/template_reading.h"

namespace ecslint {
namespace {

SchemaNode rootSchemaFor(SchemaScope::Kind kind) {
  const TaskDefinitionSchema& schema = TaskDefinitionSchema::instance();
  switch (kind) {
    case SchemaScope::Kind::Container:
      return schema.containerDefinitionNode();
    case SchemaScope::Kind::Tags:
      return schema.tagsNode();
    case SchemaScope::Kind::TaskDefinition:
      break;
  }
  return schema.taskDefinitionNode();
}

}  // namespace

SchemaScope::SchemaScope(const Document& document, NodeId root, Kind kind, Dialect dialect, Language language)
    : document_(document),
      root_(root),
      kind_(kind),
      dialect_(dialect),
      language_(language),
      rootSchema_(rootSchemaFor(kind)) {
  schemaCache_.emplace(root, rootSchema_);
  if (dialect == Dialect::EcsApi) return;
  // Each repeat is paired with the first of its name: all but the last of a name are overridden.
  std::unordered_map<NodeId, NodeId> lastOf;  // first -> latest repeat so far
  for (const DuplicateMember& duplicate : document.duplicateMembers()) {
    overridden_.push_back(duplicate.first);
    const auto [latest, added] = lastOf.try_emplace(duplicate.first, duplicate.repeated);
    if (added) continue;
    overridden_.push_back(std::min(latest->second, duplicate.repeated));
    latest->second = std::max(latest->second, duplicate.repeated);
  }
  std::sort(overridden_.begin(), overridden_.end());
  overridden_.erase(std::unique(overridden_.begin(), overridden_.end()), overridden_.end());
}

bool SchemaScope::isOverridden(NodeId member) const {
  return std::binary_search(overridden_.begin(), overridden_.end(), member);
}

SchemaNode SchemaScope::schemaAt(NodeId node) const {
  std::vector<NodeId> chain;  // from `node` up to the nearest node whose schema is known
  auto known = schemaCache_.find(node);
  for (NodeId at = node; known == schemaCache_.end(); known = schemaCache_.find(at)) {
    if (at == kNoNode || at == Document::rootId()) return {};  // not inside this scope
    chain.push_back(at);
    at = document_.node(at).parent;
  }
  SchemaNode schema = known->second;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (schema.valid()) {
      const NodeKind parent = document_.kind(document_.node(*it).parent);
      if (parent == NodeKind::Mapping) {
        schema = schema.property(
            schema.declaredName(document_.keyName(*it), dialect_).value_or(document_.keyName(*it)));
      } else {
        schema = parent == NodeKind::Sequence ? schema.items() : SchemaNode();
      }
    }
    schemaCache_.emplace(*it, schema);
  }
  return schema;
}

bool SchemaScope::isUnknown(NodeId node) const {
  if (dialect_ == Dialect::EcsApi) return false;
  if (isUnknownInTemplate(document_, node)) return true;
  return document_.isScalar(node) &&
         templateCoercion(document_, node, schemaAt(node).type()) == Coercion::Unknown;
}

std::string_view SchemaScope::memberName(NodeId member) const {
  const std::string_view key = document_.keyName(member);
  if (dialect_ == Dialect::EcsApi) return key;
  return schemaAt(document_.node(member).parent).declaredName(key, dialect_).value_or(key);
}

std::string_view SchemaScope::spelling(NodeId object, std::string_view name) const {
  if (dialect_ == Dialect::EcsApi) return name;
  return schemaAt(object).spelling(name, dialect_);
}

NodeId SchemaScope::memberNamed(NodeId object, std::string_view name) const {
  return document_.member(object, spelling(object, name));
}

bool SchemaScope::isContainer(NodeId node) const {
  if (kind_ == Kind::Container) return node == root_;
  if (kind_ != Kind::TaskDefinition || node == root_) return false;
  const NodeId list = document_.node(node).parent;
  return list != kNoNode && document_.node(list).parent == root_ &&
         document_.kind(list) == NodeKind::Sequence && memberName(list) == "containerDefinitions";
}

NodeId SchemaScope::containerOf(NodeId node) const {
  for (NodeId at = node; at != kNoNode; at = document_.node(at).parent) {
    if (isContainer(at)) return at;
    if (at == root_) break;
  }
  return kNoNode;
}

std::string SchemaScope::containerName(NodeId container) const {
  // Messages name the container of every finding in it, and a console export has dozens per
  // container: each name is looked up once.
  if (const auto known = containerNames_.find(container); known != containerNames_.end())
    return known->second;
  std::string name = findContainerName(container);
  containerNames_.emplace(container, name);
  return name;
}

std::string SchemaScope::findContainerName(NodeId container) const {
  const NodeId name = memberNamed(container, "name");
  if (name != kNoNode && document_.kind(name) == NodeKind::String && !isUnknown(name)) {
    return phrase("common.container.named", {{"name", std::string(document_.text(name))}});
  }
  if (kind_ == Kind::Container) {
    return phrase("common.schema.container-at-index",
                  {{"index", std::to_string(document_.node(container).indexInParent)}});
  }
  return apiPath(container);
}

std::string SchemaScope::apiPath(NodeId node, NodeId from) const {
  std::vector<NodeId> chain;  // from `node` up to `from`
  const NodeId top = from == kNoNode ? root_ : from;
  for (NodeId at = node; at != top && at != kNoNode; at = document_.node(at).parent) chain.push_back(at);
  std::string path;
  const auto appendIndex = [&path](std::uint32_t index) {
    char digits[16];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), index).ptr;
    path.append("[").append(digits, end).append("]");
  };
  if (from == kNoNode && kind_ == Kind::Tags) path = "tags";
  if (from == kNoNode && kind_ == Kind::Container) appendIndex(document_.node(root_).indexInParent);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (document_.isMember(*it)) {
      if (!path.empty()) path += '.';
      path += document_.keyName(*it);
    } else {
      appendIndex(document_.node(*it).indexInParent);
    }
  }
  return path.empty() ? "input" : path;
}

std::string SchemaScope::subject(NodeId node) const {
  const NodeId container = containerOf(node);
  if (container == node) return containerName(container);
  if (container != kNoNode) {
    return phrase("common.schema.member-in-container",
                  {{"path", apiPath(node, container)}, {"container", containerName(container)}});
  }
  if (kind_ == Kind::TaskDefinition && document_.node(node).parent == root_) {
    return phrase("common.schema.task-level-member", {{"path", apiPath(node)}});
  }
  return phrase("common.schema.member", {{"path", apiPath(node)}});
}

std::string SchemaScope::objectName(NodeId object) const {
  if (isTaskRoot(object)) return phrase("common.schema.task-definition");
  return subject(object);
}

std::string SchemaScope::phrase(std::string_view messageId, const MessageArgs& arguments) const {
  return renderMessage(language_, messageId, arguments);
}

}  // namespace ecslint
