#include "schema/schema_scope.h"

#include <charconv>
#include <iterator>
#include <vector>

#include "schema/task_definition_schema.h"

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

SchemaScope::SchemaScope(const JsonDocument& document, NodeId root, Kind kind)
    : document_(document), root_(root), kind_(kind), rootSchema_(rootSchemaFor(kind)) {
  schemaCache_.emplace(root, rootSchema_);
}

SchemaNode SchemaScope::schemaAt(NodeId node) const {
  NodeChain chain;  // from `node` up to the nearest node whose schema is known
  auto known = schemaCache_.find(node);
  for (NodeId at = node; known == schemaCache_.end(); known = schemaCache_.find(at)) {
    if (at == kNoNode || at == JsonDocument::rootId()) return {};  // not inside this scope
    chain.push(at);
    at = document_.node(at).parent;
  }
  SchemaNode schema = known->second;
  for (auto it = chain.rootFirstBegin(); it != chain.rootFirstEnd(); ++it) {
    if (schema.valid()) {
      const rapidjson::Value& parent = document_.value(document_.node(*it).parent);
      schema = parent.IsObject() ? schema.property(document_.keyName(*it)) : schema.items();
    }
    schemaCache_.emplace(*it, schema);
  }
  return schema;
}

bool SchemaScope::isContainer(NodeId node) const {
  if (kind_ == Kind::Container) return node == root_;
  if (kind_ != Kind::TaskDefinition || node == root_) return false;
  const NodeId list = document_.node(node).parent;
  return list != kNoNode && document_.node(list).parent == root_ && document_.value(list).IsArray() &&
         document_.keyName(list) == "containerDefinitions";
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
  const NodeId name = document_.member(container, "name");
  if (name != kNoNode && document_.value(name).IsString()) {
    return "container '" + std::string(stringValue(document_.value(name))) + "'";
  }
  if (kind_ == Kind::Container) {
    return "the container at index " + std::to_string(document_.node(container).indexInParent);
  }
  return apiPath(container);
}

std::string SchemaScope::apiPath(NodeId node, NodeId from) const {
  NodeChain chain;
  const NodeId top = from == kNoNode ? root_ : from;
  for (NodeId at = node; at != top && at != kNoNode; at = document_.node(at).parent) chain.push(at);
  std::string path;
  const auto appendIndex = [&path](std::uint32_t index) {
    char digits[16];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), index).ptr;
    path.append("[").append(digits, end).append("]");
  };
  if (from == kNoNode && kind_ == Kind::Tags) path = "tags";
  if (from == kNoNode && kind_ == Kind::Container) appendIndex(document_.node(root_).indexInParent);
  for (auto it = chain.rootFirstBegin(); it != chain.rootFirstEnd(); ++it) {
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
  if (container != kNoNode) return "'" + apiPath(node, container) + "' in " + containerName(container);
  if (kind_ == Kind::TaskDefinition && document_.node(node).parent == root_) {
    return "task-level '" + apiPath(node) + "'";
  }
  return "'" + apiPath(node) + "'";
}

std::string SchemaScope::objectName(NodeId object) const {
  if (isTaskRoot(object)) return "the task definition";
  return subject(object);
}

}  // namespace ecslint
