#pragma once
// Terraform's JSON output (`terraform show -json`): whether a document is one, and the resource
// instances it plans, each with the nodes that hold its planned values.
//
// Terraform writes every planned resource twice, in `planned_values` and in
// `resource_changes[].change.after`; only the second has `after_unknown` and `after_sensitive` next
// to the value and says what the plan does to the resource, so a plan is read from
// `resource_changes` alone. `before` and `prior_state` are never read: a plan that fixes an old
// mistake must not be blamed for it. A state (`terraform show -json` without a plan file) has only
// `values.root_module` and its child modules; everything in it exists, so all of it is read.
// Format: https://developer.hashicorp.com/terraform/internals/json-format

#include <optional>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "terraform/terraform_values.h"

namespace ecslint {

enum class TerraformOutput : unsigned char { Plan, State };

// A plan has `format_version` and `resource_changes` or `planned_values`; a state has
// `format_version` and `values.root_module`. nullopt for anything else.
std::optional<TerraformOutput> terraformOutputKind(const Document& document);

struct PlanResource {
  std::string_view address;        // module.api.aws_ecs_task_definition.this["blue"]
  std::string_view moduleAddress;  // module.api, or "" in the root module
  std::string_view type;           // aws_ecs_task_definition
  std::string_view name;           // this
  NodeId node = kNoNode;           // the resource_changes entry, or the state's resource object
  TerraformValues values;
  // Created, updated or replaced by the plan (always, in a state): what a finding may be about.
  // Resources the plan leaves as they are still describe the stack around the others.
  bool changing = false;
};

// Managed resources (not data sources) that exist after the plan, in document order. Resources a
// plan only deletes have no planned values and are left out. Linear in the document.
std::vector<PlanResource> readPlanResources(const Document& document, TerraformOutput kind);

}  // namespace ecslint
