#pragma once
// One value validated against one part of the schema (a task definition, a container of a bare
// container list, or the tags beside describe output), and how to talk about the values inside it.
// The value is a Document node in either dialect: the API's JSON, or the Properties of a
// CloudFormation AWS::ECS::TaskDefinition, whose members are spelt CloudFormation's way and whose
// values CloudFormation reads its own way (schema/template_reading.h). Messages quote keys as the
// file writes them.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/document.h"
#include "message/language.h"
#include "message/message.h"
#include "model/key_spelling.h"
#include "schema/schema_node.h"

namespace ecslint {

class SchemaScope {
 public:
  enum class Kind { TaskDefinition, Container, Tags };

  // Messages about the scope's values are rendered in `language`.
  SchemaScope(const Document& document, NodeId root, Kind kind, Dialect dialect,
              Language language = Language::English);

  const Document& document() const { return document_; }
  NodeId root() const { return root_; }
  Kind kind() const { return kind_; }
  Dialect dialect() const { return dialect_; }
  Language language() const { return language_; }
  // A phrase of the message catalogue in the scope's language (an argument of another message).
  std::string phrase(std::string_view messageId, const MessageArgs& arguments = {}) const;
  // Whether the AWS CLI reads this value (its error messages are quoted then): not a bare
  // container list's element, nor a template.
  bool readByAwsCli() const { return kind_ != Kind::Container && dialect_ == Dialect::EcsApi; }

  // A template's value that is not known before deployment (schema/template_reading.h): it
  // conforms, and nothing at or inside it is reported. Never true for the API's JSON.
  bool isUnknown(NodeId node) const;
  // A template's member that a later one of the same name overrides (ECS002): CloudFormation
  // reads only the last. Never true for the API's JSON, whose duplicates valijson judges.
  bool isOverridden(NodeId member) const;
  // The API's name of a member (its key, in the API's JSON; in a template, the declared property
  // it spells, else the key as written).
  std::string_view memberName(NodeId member) const;
  // How this dialect spells property `name` (the API's) of `object`.
  std::string_view spelling(NodeId object, std::string_view name) const;
  // The member of `object` with the API's name `name`, or kNoNode.
  NodeId memberNamed(NodeId object, std::string_view name) const;

  // Where `node` sits in the schema; invalid when it sits under a member the schema does not
  // declare (ECS003 reports the member) or under a value of the wrong type (ECS004).
  SchemaNode schemaAt(NodeId node) const;
  bool isTaskRoot(NodeId node) const { return kind_ == Kind::TaskDefinition && node == root_; }
  bool isContainer(NodeId node) const;

  // The container definition that holds `node` (or is it), or kNoNode.
  NodeId containerOf(NodeId node) const;
  // "container 'web'", or "containerDefinitions[2]" when it has no name (in the scope's language).
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

  const Document& document_;
  NodeId root_;
  Kind kind_;
  Dialect dialect_;
  Language language_;
  std::vector<NodeId> overridden_;  // sorted
  SchemaNode rootSchema_;
  // schemaAt() results: the empty-value walk and the messages ask about siblings and parents of
  // the same nodes, so each node's schema is looked up once.
  mutable std::unordered_map<NodeId, SchemaNode> schemaCache_;
  mutable std::unordered_map<NodeId, std::string> containerNames_;
};

}  // namespace ecslint
