#pragma once
// The two halves of the schema stage, for one scope: violations valijson found, and empty values
// (which the schema accepts or rejects without saying what the real problem is).

#include <vector>

#include "schema/schema_check.h"
#include "schema/schema_scope.h"
#include "schema/violations.h"

namespace ecslint {

// A finding whose message is `message` rendered in the scope's language.
SchemaFinding schemaFinding(const SchemaScope& scope, std::string_view rule, Target target,
                            MessageData message, std::string replacement = {});

// ECS003-ECS008: one finding per problem. Values that are empty (see findEmptyValues) or hold a
// template placeholder (unknown, never wrong) draw nothing here.
void explainViolations(const SchemaScope& scope, const std::vector<Violation>& violations,
                       std::vector<SchemaFinding>& findings);

// ECS006 for a required member that is null, "" or []; ECS010 for null, "" or an empty object
// with required members elsewhere: the AWS CLI sends or rejects these as written, while the GitHub
// deploy-task-definition action deletes every empty value first, so one file gives two results.
void findEmptyValues(const SchemaScope& scope, std::vector<SchemaFinding>& findings);

// null, or "", [] or {} where the schema wants a string, array or object. ("" where a number is
// wanted is a wrong type, not an empty value.)
bool isEmptyValue(const Document& document, NodeId node, const SchemaNode& schema);

}  // namespace ecslint
