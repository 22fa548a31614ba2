#pragma once
// What an untagged plain YAML scalar is, as CloudFormation reads it: YAML 1.1's implicit types
// (the resolver PyYAML, cfn-lint and the AWS CLI use), except that timestamps stay strings:
// CloudFormation does not support the timestamp type, so `Version: 2012-10-17` is a string.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html
// https://yaml.org/type/bool.html, int.html, float.html, null.html

#include <string_view>

#include "document/document.h"

namespace ecslint {

NodeKind plainScalarKind(std::string_view text);

}  // namespace ecslint
