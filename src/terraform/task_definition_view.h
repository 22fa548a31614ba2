#pragma once
// One aws_ecs_task_definition of a Terraform plan as the ECS API receives it: a synthesized
// RegisterTaskDefinition input (API names, objects where Terraform writes one-element block lists,
// container_definitions parsed out of its JSON-encoded string) whose every span and key span is a
// byte range of the PLAN file. The model, the schema stage, the checks and the reporters then run on
// it unchanged, and their findings land on the plan's own characters.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "support/result.h"
#include "terraform/terraform_values.h"

namespace ecslint {

struct TaskDefinitionView {
  Document document;                            // API-shaped; source() is the plan's SourceText
  std::vector<ByteRange> sensitive;             // plan spans of every value Terraform marks sensitive
  std::optional<DocumentError> containerError;  // container_definitions is not JSON: where, in plan bytes
};

// The text of a value Terraform knows only after apply, and of a container_definitions that does
// not parse: a template placeholder, which the model and the schema stage read as unknown whatever
// type the API wants there (model/placeholder.h), so nothing judges it and nothing calls it missing.
inline constexpr std::string_view kKnownAfterApply = "${known after apply}";

// The view of the resource whose values are `values` in `plan`. Attributes the API does not take
// (arn, revision, tags, skip_destroy, ...) and unset ones (null, "", empty lists and maps) are left
// out; so is whatever is not of the type Terraform writes (the provider validated the rest). A
// value marked unknown reads as unknown, with the span of its `true` in after_unknown.
// container_definitions is kept exactly as written; when it is not JSON (or nests too deep, or
// holds too many values) `containerError` says where, in plan bytes, and containerDefinitions is
// unknown. The error is the document's: more than `maxValues` values in the view (ECS015).
Result<TaskDefinitionView, DocumentError> buildTaskDefinitionView(
    const Document& plan, const TerraformValues& values, std::uint32_t maxValues = Document::kMaxValues);

}  // namespace ecslint
