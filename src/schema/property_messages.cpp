// Messages about members: unknown (ECS003), missing (ECS006) and empty (ECS006, ECS010).
#include <algorithm>

#include "schema/message_text.h"
#include "schema/schema_messages.h"
#include "schema/task_definition_schema.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

using message_text::cliSays;

constexpr std::size_t kListedNames = 8;
constexpr std::size_t kMinimumPrefix = 4;

// A pipeline step (aws-actions/amazon-ecs-render-task-definition, sed) often writes the image in;
// a placeholder says so and keeps the file lintable.
constexpr std::string_view kImageHint =
    "; if a deploy step fills it in, write a placeholder such as \"<IMAGE>\" instead";

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

std::string join(const std::vector<std::string_view>& names) {
  std::string text;
  for (std::string_view name : names) text += (text.empty() ? "" : ", ") + std::string(name);
  return text;
}

// Where a key that is not a property here does belong: an enclosing object (a task-level
// property written inside a container) or one of this object's members (a volume's 'sourcePath'
// that belongs inside 'host').
std::string belongsElsewhere(const SchemaScope& scope, NodeId object, const SchemaNode& schema,
                             std::string_view key) {
  const Document& document = scope.document();
  for (NodeId at = document.node(object).parent; at != kNoNode; at = document.node(at).parent) {
    if (document.kind(at) == NodeKind::Mapping && scope.schemaAt(at).declaredName(key, scope.dialect())) {
      return ": it is a property of " + scope.objectName(at) + ", not of this object";
    }
    if (at == scope.root()) break;
  }
  // A bare container list has no task level in the file, but the key may still belong there.
  if (scope.kind() == SchemaScope::Kind::Container && object == scope.root() &&
      TaskDefinitionSchema::instance().taskDefinitionNode().declaredName(key, scope.dialect())) {
    return ": it is a task-level property, not a container setting";
  }
  for (std::string_view member : schema.propertyNames()) {
    const SchemaNode child = schema.property(member);
    if (child.declaredName(key, scope.dialect()) || child.items().declaredName(key, scope.dialect())) {
      return ": it belongs inside '" + std::string(schema.spelling(member, scope.dialect())) + "'";
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

// The AWS message for the members ECS itself requires, which the model does not mark required.
std::string serviceMessage(const SchemaScope& scope, NodeId object, std::string_view property) {
  if (scope.isContainer(object) && property == "name") return "Container.name should not be null or empty.";
  if (scope.isContainer(object) && property == "image") return "Container.image should not be null or empty.";
  if (scope.isTaskRoot(object) && property == "family") return "Family can not be blank.";
  if (scope.isTaskRoot(object) && property == "containerDefinitions")
    return "Container list cannot be empty.";
  if (property == "containerPort" && isPortMapping(scope, object)) {
    // AWS names the container by its name; "container 'web'" is how the scope names it too.
    const std::string container = scope.containerName(scope.containerOf(object));
    const std::string named =
        container.starts_with("container '") ? container.substr(10) : "'" + container + "'";
    return "Invalid 'containerPort' setting for container " + named + ".";
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

std::string unknownPropertyMessage(const SchemaScope& scope, NodeId object, const SchemaNode& schema,
                                   NodeId member, std::optional<std::string_view> intended) {
  const std::string key(scope.document().keyName(member));
  std::string message = "'" + key + "' is not a property of " + scope.objectName(object);
  if (intended) {
    message += "; did you mean '" + std::string(*intended) + "'?";
  } else if (std::string elsewhere = belongsElsewhere(scope, object, schema, key); !elsewhere.empty()) {
    message += elsewhere;
  } else if (const auto names = propertyNames(scope, schema); names.size() <= kListedNames) {
    message += "; expected one of: " + join(names);
  }
  message += message.back() == '?' ? " " : ". ";
  if (scope.dialect() == Dialect::CloudFormation) {
    return message +
           "CloudFormation rejects a property the resource type does not define (\"Encountered "
           "unsupported property " +
           key + "\")";
  }
  if (scope.kind() == SchemaScope::Kind::Container) {
    return message + "A container definition has no such setting, so it is rejected or silently ignored";
  }
  return message + "register-task-definition rejects unknown properties" +
         cliSays(scope, "Unknown parameter in " + scope.apiPath(object) + ": \"" + key + "\"");
}

std::string missingPropertyMessage(const SchemaScope& scope, NodeId object, std::string_view property) {
  std::string message = scope.objectName(object) + " has no '" +
                        std::string(scope.spelling(object, property)) + "', which is required";
  const std::string service = serviceMessage(scope, object, property);
  if (!service.empty() && !scope.isTaskRoot(object)) {
    return message + " (ECS says \"" + service + "\")" + std::string(property == "image" ? kImageHint : "");
  }
  return message + cliSays(scope, "Missing required parameter in " + scope.apiPath(object) + ": \"" +
                                      std::string(property) + "\"");
}

std::string emptyRequiredMessage(const SchemaScope& scope, NodeId node) {
  const Document& document = scope.document();
  const NodeKind kind = document.kind(node);
  const std::string_view what = kind == NodeKind::Null       ? "null"
                                : kind == NodeKind::String   ? "an empty string"
                                : kind == NodeKind::Sequence ? "an empty list"
                                                             : "an empty object";
  std::string message = scope.subject(node) + " is " + std::string(what) + ", but it is required";
  const NodeId object = document.node(node).parent;
  const std::string_view name = document.isMember(node) ? scope.memberName(node) : std::string_view();
  const std::string service = serviceMessage(scope, object, name);
  if (!service.empty()) message += " (ECS says \"" + service + "\")";
  if (scope.isContainer(object) && name == "image") message += kImageHint;
  return message;
}

std::string emptyValueMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  // Console exports hold dozens of these: the message is appended to one string, not concatenated.
  const NodeKind kind = scope.document().kind(node);
  std::string message = scope.subject(node);
  const bool container = scope.kind() == SchemaScope::Kind::Container;
  if (kind == NodeKind::Null) {
    if (container) {
      return message.append(
          " is null: some tools send it as it is and fail, others drop it; remove the member");
    }
    message.append(" is null, which the AWS CLI rejects");
    const std::string error = message_text::cliInvalidType(scope, node, schema.type());
    if (!error.empty()) message.append(" ('").append(error).append("')");
    return message.append(
        ", while the GitHub deploy-task-definition action drops null values; remove the member");
  }
  if (kind == NodeKind::String) {
    message.append(" is an empty string: ");
    message.append(container
                       ? "some tools send it to ECS as it is, others drop empty values"
                       : "the AWS CLI sends it to ECS as it is, while the GitHub deploy-task-definition "
                         "action removes empty values");
    return message.append(", so the same file registers differently; remove it or give it a value");
  }
  const std::vector<std::string_view> required = schema.requiredNames();
  const std::string_view missing = required.empty() ? "" : schema.spelling(required.front(), scope.dialect());
  if (container) {
    return message.append(" is an empty object: some tools reject it because its required '")
        .append(missing)
        .append("' is missing, others silently drop it; remove it or fill it in");
  }
  return message.append(" is an empty object: the AWS CLI rejects it because its required '")
      .append(missing)
      .append(
          "' is missing, while the GitHub deploy-task-definition action silently removes it; remove it or "
          "fill "
          "it in");
}

std::string nullMembersMessage(const SchemaScope& scope, NodeId object, const std::vector<NodeId>& members) {
  constexpr std::size_t kNamed = 12;  // a console export can hold dozens; the related locations list all
  std::string message =
      std::to_string(members.size()) + " members of " + scope.objectName(object) + " are null (";
  for (std::size_t i = 0; i < members.size() && i < kNamed; ++i) {
    message.append(i == 0 ? "'" : ", '").append(scope.document().keyName(members[i])).append("'");
  }
  if (members.size() > kNamed)
    message.append(" and ").append(std::to_string(members.size() - kNamed)).append(" more");
  message.append(")");
  if (scope.kind() == SchemaScope::Kind::Container) {
    return message.append(
        ": some tools send them as they are and fail, others drop them; remove the members");
  }
  return message.append(
      ": the AWS CLI rejects null values, while the GitHub deploy-task-definition action drops them; remove "
      "the "
      "members");
}

}  // namespace ecslint
