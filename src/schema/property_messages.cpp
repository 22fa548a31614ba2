// Messages about members: unknown (ECS003), missing (ECS006) and empty (ECS006, ECS010).
#include <algorithm>

#include "schema/message_text.h"
#include "schema/schema_messages.h"
#include "schema/task_definition_schema.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

constexpr std::size_t kListedNames = 8;
constexpr std::size_t kMinimumPrefix = 4;

// The names of `schema`'s properties as the scope's dialect spells them, without those it lacks.
std::vector<std::string_view> propertyNames(const SchemaScope& scope, const SchemaNode& schema) {
  std::vector<std::string_view> names;
  for (const std::string_view name : schema.propertyNames()) {
    const std::string_view spelt = schema.spelling(name, scope.dialect());
    if (scope.dialect() == Dialect::EcsApi || schema.declaredName(spelt, scope.dialect()))
      names.push_back(spelt);
  }
  return names;
}

std::string join(const std::vector<std::string_view>& names) {  // quoted, as a suggestion is: "'a', 'b', 'c'"
  std::string text;
  for (std::string_view name : names) text += (text.empty() ? "'" : ", '") + std::string(name) + "'";
  return text;
}

// Where a key that is not a property here does belong, as a hint of ECS003's message: an enclosing
// object (a task-level property written inside a container) or one of this object's members (a
// volume's 'sourcePath' that belongs inside 'host'); "" when nowhere.
std::string belongsElsewhere(const SchemaScope& scope, NodeId object, const SchemaNode& schema,
                             std::string_view key) {
  const Document& document = scope.document();
  for (NodeId at = document.node(object).parent; at != kNoNode; at = document.node(at).parent) {
    if (document.kind(at) == NodeKind::Mapping && scope.schemaAt(at).declaredName(key, scope.dialect())) {
      return scope.phrase("ECS003.hint.property-of", {{"object", scope.objectName(at)}});
    }
    if (at == scope.root()) break;
  }
  // A bare container list has no task level in the file, but the key may still belong there.
  if (scope.kind() == SchemaScope::Kind::Container && object == scope.root() &&
      TaskDefinitionSchema::instance().taskDefinitionNode().declaredName(key, scope.dialect())) {
    return scope.phrase("ECS003.hint.task-level");
  }
  for (std::string_view member : schema.propertyNames()) {
    const SchemaNode child = schema.property(member);
    if (child.declaredName(key, scope.dialect()) || child.items().declaredName(key, scope.dialect())) {
      return scope.phrase("ECS003.hint.belongs-inside",
                          {{"member", std::string(schema.spelling(member, scope.dialect()))}});
    }
  }
  return "";
}

// A port mapping: an element of a container's portMappings.
bool isPortMapping(const SchemaScope& scope, NodeId object) {
  const Document& document = scope.document();
  const NodeId list = document.node(object).parent;
  return list != kNoNode && document.isMember(list) && scope.memberName(list) == "portMappings" &&
         scope.isContainer(document.node(list).parent);
}

// The AWS message for the members ECS itself requires, which the model does not mark required
// (AWS's English, quoted as it is in every language).
std::string serviceMessage(const SchemaScope& scope, NodeId object, std::string_view property) {
  if (scope.isContainer(object) && property == "name") return "Container.name should not be null or empty.";
  if (scope.isContainer(object) && property == "image") return "Container.image should not be null or empty.";
  if (scope.isTaskRoot(object) && property == "family") return "Family can not be blank.";
  if (scope.isTaskRoot(object) && property == "containerDefinitions")
    return "Container list cannot be empty.";
  if (property == "containerPort" && isPortMapping(scope, object)) {
    // AWS names the container by its name; one without a name, by its path.
    const NodeId container = scope.containerOf(object);
    const NodeId name = scope.memberNamed(container, "name");
    const bool named =
        name != kNoNode && scope.document().kind(name) == NodeKind::String && !scope.isUnknown(name);
    return "Invalid 'containerPort' setting for container '" +
           (named ? std::string(scope.document().text(name)) : scope.apiPath(container)) + "'.";
  }
  return "";
}

}  // namespace

std::optional<std::string_view> intendedProperty(const SchemaScope& scope, NodeId object,
                                                 const SchemaNode& schema, std::string_view key) {
  const std::vector<std::string_view> names = propertyNames(scope, schema);
  if (const auto closest = closestSpelling(key, names)) return closest;
  // A name that belongs to another object was not meant for this one ('volumes' in a container).
  if (!belongsElsewhere(scope, object, schema, key).empty()) return std::nullopt;
  // A name cut short: a secret's "value" for "valueFrom", "logConfig" for "logConfiguration".
  const std::string lowered = lowercase(key);
  std::optional<std::string_view> found;
  for (std::string_view name : names) {
    if (lowered.size() < kMinimumPrefix || !lowercase(name).starts_with(lowered)) continue;
    if (found) return std::nullopt;  // ambiguous
    found = name;
  }
  return found;
}

MessageData unknownPropertyMessage(const SchemaScope& scope, NodeId object, const SchemaNode& schema,
                                   NodeId member, std::optional<std::string_view> intended) {
  const std::string key(scope.document().keyName(member));
  // Ends with its own punctuation: "; did you mean 'image'?", ": it belongs inside 'host'.", ".".
  std::string hint = intended
                         ? scope.phrase("ECS003.hint.did-you-mean", {{"property", std::string(*intended)}})
                         : belongsElsewhere(scope, object, schema, key);
  if (hint.empty()) {
    const std::vector<std::string_view> names = propertyNames(scope, schema);
    hint = names.size() <= kListedNames
               ? scope.phrase("ECS003.hint.expected-one-of", {{"names", join(names)}})
               : scope.phrase("ECS003.hint.none");
  }
  MessageArgs arguments{{"key", key}, {"object", scope.objectName(object)}, {"hint", std::move(hint)}};
  if (scope.dialect() == Dialect::CloudFormation)
    return {"ECS003.unknown.cloudformation", std::move(arguments)};
  if (scope.kind() == SchemaScope::Kind::Container) return {"ECS003.unknown.container", std::move(arguments)};
  arguments.push_back({"aws_error", "Unknown parameter in " + scope.apiPath(object) + ": \"" + key + "\""});
  return {"ECS003.unknown", std::move(arguments)};
}

MessageData missingPropertyMessage(const SchemaScope& scope, NodeId object, std::string_view property) {
  MessageArgs arguments{{"object", scope.objectName(object)},
                        {"property", std::string(scope.spelling(object, property))}};
  const std::string service = serviceMessage(scope, object, property);
  if (!service.empty() && !scope.isTaskRoot(object)) {
    arguments.push_back({"ecs_error", service});
    return {property == "image" ? "ECS006.missing.image" : "ECS006.missing.ecs-says", std::move(arguments)};
  }
  arguments.push_back(
      {"cli", message_text::cliSays(scope, "Missing required parameter in " + scope.apiPath(object) + ": \"" +
                                               std::string(property) + "\"")});
  return {"ECS006.missing", std::move(arguments)};
}

MessageData emptyRequiredMessage(const SchemaScope& scope, NodeId node) {
  const Document& document = scope.document();
  const NodeKind kind = document.kind(node);
  const std::string_view what = kind == NodeKind::Null       ? "ECS006.empty.null"
                                : kind == NodeKind::String   ? "ECS006.empty.string"
                                : kind == NodeKind::Sequence ? "ECS006.empty.list"
                                                             : "ECS006.empty.object";
  MessageArgs arguments{{"subject", scope.subject(node)}, {"empty", scope.phrase(what)}};
  const NodeId object = document.node(node).parent;
  const std::string_view name = document.isMember(node) ? scope.memberName(node) : std::string_view();
  const std::string service = serviceMessage(scope, object, name);
  if (service.empty()) return {"ECS006.empty-required", std::move(arguments)};
  arguments.push_back({"ecs_error", service});
  if (scope.isContainer(object) && name == "image")
    return {"ECS006.empty-required.image", std::move(arguments)};
  return {"ECS006.empty-required.ecs-says", std::move(arguments)};
}

MessageData emptyValueMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const NodeKind kind = scope.document().kind(node);
  MessageArgs arguments{{"subject", scope.subject(node)}};
  const bool container = scope.kind() == SchemaScope::Kind::Container;
  if (kind == NodeKind::Null) {
    if (container) return {"ECS010.null.container", std::move(arguments)};
    std::string error = message_text::cliInvalidType(scope, node, schema.type());
    if (error.empty()) return {"ECS010.null", std::move(arguments)};
    arguments.push_back({"aws_error", std::move(error)});
    return {"ECS010.null.aws-cli-says", std::move(arguments)};
  }
  if (kind == NodeKind::String) {
    return {container ? "ECS010.empty-string.container" : "ECS010.empty-string", std::move(arguments)};
  }
  const std::vector<std::string_view> required = schema.requiredNames();
  const std::string_view missing = required.empty() ? "" : schema.spelling(required.front(), scope.dialect());
  arguments.push_back({"required", std::string(missing)});
  return {container ? "ECS010.empty-object.container" : "ECS010.empty-object", std::move(arguments)};
}

MessageData nullMembersMessage(const SchemaScope& scope, NodeId object, const std::vector<NodeId>& members) {
  constexpr std::size_t kNamed = 12;  // a console export can hold dozens; the related locations list all
  std::string names;
  for (std::size_t i = 0; i < members.size() && i < kNamed; ++i) {
    names.append(i == 0 ? "'" : ", '").append(scope.document().keyName(members[i])).append("'");
  }
  MessageArgs arguments{
      {"count", std::to_string(members.size())}, {"object", scope.objectName(object)}, {"names", names}};
  const bool container = scope.kind() == SchemaScope::Kind::Container;
  if (members.size() <= kNamed) {
    return {container ? "ECS010.null-members.container" : "ECS010.null-members", std::move(arguments)};
  }
  arguments.push_back({"more", std::to_string(members.size() - kNamed)});
  return {container ? "ECS010.null-members.more.container" : "ECS010.null-members.more",
          std::move(arguments)};
}

}  // namespace ecslint
