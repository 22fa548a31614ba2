#pragma once
// Small text helpers shared by the schema messages: how values, JSON types and the AWS CLI's own
// wording are shown.

#include <string>
#include <string_view>

#include "schema/schema_scope.h"

namespace ecslint::message_text {

// The value as written in the file, shortened to about 60 characters.
std::string shown(const Document& document, NodeId node);
// What kind of JSON value `node` is, in the scope's language: "a string", "an integer", "null"...
std::string jsonType(const SchemaScope& scope, NodeId node);
// A schema "description" as a clause: first letter lowered, final period dropped.
std::string clause(std::string_view description);

// The AWS CLI's (botocore's) parameter-validation wording, quoted in the scope's language and
// preceded by a space, to end a message with; "" when the scope is not an input the AWS CLI reads
// (a bare container list) or there is no error.
std::string cliSays(const SchemaScope& scope, const std::string& error);
// botocore's "Invalid type for parameter PATH, value: V, type: <class 'T'>, valid types: ..." for a
// scalar value, or "" when it does not apply (objects, arrays, a value botocore accepts, or a scope
// the AWS CLI does not read).
std::string cliInvalidType(const SchemaScope& scope, NodeId node, std::string_view expectedType);

}  // namespace ecslint::message_text
