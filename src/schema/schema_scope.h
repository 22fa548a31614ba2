#pragma once
// One value validated against one part of the schema (a task definition, a container of a bare
// container list, or the tags beside describe output), and how to talk about the values inside it.

#include <string>
#include <string_view>
#include <unordered_map>

#include "json/json_document.h"
#include "schema/schema_node.h"

namespace ecslint {

class SchemaScope {
 public:
  enum class Kind { TaskDefinition, Container, Tags };

  SchemaScope(const JsonDocument& document, NodeId root, Kind kind);

  const JsonDocument& document() const { return document_; }
  NodeId root() const { return root_; }
  Kind kind() const { return kind_; }

  // Where `node` sits in the schema; invalid when it sits under a member the schema does not
  // declare (ECS003 reports the member) or under a value of the wrong type (ECS004).
  SchemaNode schemaAt(NodeId node) const;
  bool isTaskRoot(NodeId node) const { return kind_ == Kind::TaskDefinition && node == root_; }
  bool isContainer(NodeId node) const;

  // The container definition that holds `node` (or is it), or kNoNode.
  NodeId containerOf(NodeId node) const;
  // "container 'web'", or "containerDefinitions[2]" when it has no name.
  std::string containerName(NodeId container) const;
  // The path of `node` as the AWS CLI prints it ("containerDefinitions[0].memory"; "input" for the
  // task definition itself), or relative to `from` (an ancestor).
  std::string apiPath(NodeId node) const { return apiPath(node, kNoNode); }
  std::string apiPath(NodeId node, NodeId from) const;
  // How a message names a value: "'memory' in container 'web'", "task-level 'cpu'",
  // "'healthCheck.interval' in container 'web'".
  std::string subject(NodeId node) const;
  // How a message names an object: "the task definition", "container 'web'", "this log
  // configuration in container 'web'".
  std::string objectName(NodeId object) const;

 private:
  std::string findContainerName(NodeId container) const;

  const JsonDocument& document_;
  NodeId root_;
  Kind kind_;
  SchemaNode rootSchema_;
  // schemaAt() results: the empty-value walk and the messages ask about siblings and parents of
  // the same nodes, so each node's schema is looked up once.
  mutable std::unordered_map<NodeId, SchemaNode> schemaCache_;
  mutable std::unordered_map<NodeId, std::string> containerNames_;
};

}  // namespace ecslint
