#pragma once
// valijson's verdict on one value, reduced to what a person fixes: one violation per failing
// constraint, at the value that fails it. valijson also reports a wrapper for every enclosing object
// and array ("Failed to validate against schema associated with property name 'cpu'") and for the
// branches of allOf; those are dropped here.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "schema/schema_scope.h"

namespace ecslint {

enum class ViolationKind : std::uint8_t {
  UnknownProperty,  // the object has a member the schema does not declare
  MissingProperty,  // the object lacks a required member (`property`)
  WrongType,
  NotInEnum,
  BadFormat,   // pattern, string length, or a reserved form ("not")
  OutOfRange,  // minimum/maximum, minItems/maxItems
};

struct Violation {
  ViolationKind kind;
  NodeId node;           // the failing value (the object, for the first two kinds)
  std::string property;  // MissingProperty: the member's name
};

// Every violation in the scope's value of the schema of its place. Nothing when it conforms, the
// common case, which the fast check (schema/conformance.h) decides without valijson; otherwise
// valijson collects the errors of the smallest values that fail.
std::vector<Violation> findViolations(const SchemaScope& scope);

// The kind of a valijson error description, or nullopt for a wrapper. Exposed for tests: valijson's
// wording is its only interface, so a new valijson version must fail loudly here.
std::optional<ViolationKind> classifyValijsonError(std::string_view description, std::string* property);

}  // namespace ecslint
