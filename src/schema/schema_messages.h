#pragma once
// The messages of schema findings (ids of rules/messages/schema.txt and their arguments): what is wrong, why
// AWS cares (quoting the AWS CLI, whose parameter validation is what rejects these files), and what to write
// instead.

#include <optional>
#include <string>
#include <string_view>

#include "message/message.h"
#include "schema/schema_scope.h"

namespace ecslint {

// The property of `object` a misspelt key was meant to be: the same name in another case, else the
// closest by edit distance (executionRoleARN -> executionRoleArn, essental -> essential), else a
// unique property the key begins (a secret's value -> valueFrom), unless the key is a property of
// an enclosing or a member object.
std::optional<std::string_view> intendedProperty(const SchemaScope& scope, NodeId object,
                                                 const SchemaNode& schema, std::string_view key);

// ECS003: `member` is not declared by `object`'s schema; `intended` is intendedProperty's answer
// for its key (the caller needs it too, and it costs edit distances against every name).
MessageData unknownPropertyMessage(const SchemaScope& scope, NodeId object, const SchemaNode& schema,
                                   NodeId member, std::optional<std::string_view> intended);
// ECS006: `object` lacks the required `property`.
MessageData missingPropertyMessage(const SchemaScope& scope, NodeId object, std::string_view property);
// ECS006: a required member holds null, "" or [].
MessageData emptyRequiredMessage(const SchemaScope& scope, NodeId node);
// ECS010: null, "" or {} in an optional member.
MessageData emptyValueMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema);
// ECS010: several null members of one object, reported together.
MessageData nullMembersMessage(const SchemaScope& scope, NodeId object, const std::vector<NodeId>& members);

// ECS004, ECS005, ECS008, ECS007: a value that fails its own schema.
MessageData wrongTypeMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema);
MessageData enumMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema);
// ECS005's safe fix: the accepted value that differs from `node`'s only in case, if any.
std::optional<std::string_view> caseCorrectedValue(const SchemaScope& scope, NodeId node,
                                                   const SchemaNode& schema);
MessageData formatMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema);
MessageData rangeMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema);

}  // namespace ecslint
