#pragma once
// How CloudFormation reads the values of an AWS::ECS::TaskDefinition's Properties, where the
// schema stage checks a template (Dialect::CloudFormation) against the API's schema.
//
// - Unknown values conform and are never explained: an intrinsic function in either form
//   (cloudformation/intrinsic.h), a YAML alias, null, a mapping with a merge key (`<<`), and
//   a scalar whose coercion this file does not judge. Nothing inside them is looked at.
// - `Ref: AWS::NoValue` removes the member: it is absent.
// - Scalars are coerced to the schema's type, as CloudFormation converts template values for the
//   resource's typed properties: "80" where an integer is expected, "true"/"false" where a
//   boolean is, a number or a boolean where a string is
//   (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
//   and the resource specification's primitive types: every property value in a template may be
//   written as a string). Only exact forms are coerced; anything less certain is unknown, never
//   wrong.

#include <cstdint>
#include <string>
#include <string_view>

#include "document/document.h"

namespace ecslint {

bool isUnknownInTemplate(const Document& document, NodeId node);
bool isNoValue(const Document& document, NodeId node);

enum class Coercion : std::uint8_t {
  None,       // judged as written
  ToInteger,  // a string of decimal digits: judged as that integer (integerText)
  ToString,   // a number or a boolean: judged as its text
  ToBoolean,  // "true" or "false" in any case
  Unknown,    // a fraction where an integer is expected, an integer written in a YAML-only form
};
// What CloudFormation makes of scalar `node` where the schema expects `expectedType` ("integer",
// "string", "boolean", ...; "" when the schema says nothing).
Coercion templateCoercion(const Document& document, NodeId node, std::string_view expectedType);

// A ToInteger string as a JSON integer literal: "+080" -> "80", "-0" -> "0".
std::string integerText(std::string_view text);

}  // namespace ecslint
