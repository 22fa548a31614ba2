#pragma once
// Copies part of an API-shaped task definition (the RegisterTaskDefinition input, camelCase) into
// the stack template in CloudFormation's spelling: each member name respelt from its canonical path
// (`containerDefinitions[].portMappings[].hostPort` -> `HostPort`, model/key_spelling.h), the keys
// of free-form maps (logConfiguration.options, dockerLabels, driverOpts, labels) kept, every span
// and key span kept. The model then reads the copy as it reads a template's task definition.
//
// What a template would read as something else is written unknown: a one-member mapping named like
// an intrinsic function (`{"Ref": ...}`, `{"Fn::Sub": ...}` in a free-form map), and the view's
// placeholder for a value known only after apply (kKnownAfterApply). Iterative: no recursion on the copied
// depth.

#include <string_view>

#include "document/document.h"
#include "terraform/stack_writer.h"

namespace ecslint {

// Whether the member at `canonicalPath` is a map whose keys are data, not member names.
bool isFreeFormMap(std::string_view canonicalPath);

// Writes `node` of `api` as the member `key` (ignored inside a sequence) of what `writer` has open.
// `canonicalPath`: the node's path in the API ("" for the task definition, "containerDefinitions").
void copyRespelt(StackWriter& writer, std::string_view key, const Document& api, NodeId node,
                 std::string_view canonicalPath);

}  // namespace ecslint
