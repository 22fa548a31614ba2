#pragma once
// A large Terraform plan for the benchmark of issue 17 ("a 50 MB plan with 2,000 task definitions
// lints in under 1 s, memory bounded"), written as `terraform show -json` writes one: Go's
// encoding/json (one line, `<`, `>` and `&` escaped as \u003c, \u003e and \u0026, object
// attributes in sorted order), every resource instance in `planned_values` and again in
// `resource_changes` (with `before` for existing ones, `after_unknown`, `after_sensitive`), the
// existing ones a third time in `prior_state`, and `configuration` with each resource's expressions
// and references once per module. `container_definitions` is what the AWS provider plans: the
// JSON re-encoded compactly with sorted keys, environment and secrets sorted by name, defaults
// dropped, and Go's escapes inside it. Format:
// https://developer.hashicorp.com/terraform/internals/json-format
//
// Task definitions live in instances of a module called with for_each (module.team["payments"]),
// each instance holding the services of one team through resources with for_each
// (module.team["payments"].aws_ecs_task_definition.this["svc-0042"]), beside their service,
// execution and task roles, policy attachment, target group and log group. Most are created, with
// role ARNs unknown until apply; the rest already exist and are replaced or left as they are.

#include <cstdint>
#include <string>

namespace ecslint::bench {

struct TerraformPlanShape {
  int taskDefinitions = 2000;
  std::size_t targetBytes = 50'000'000;  // environment lists grow until the plan is about this size
  std::uint64_t seed = 17;
};

struct GeneratedPlan {
  std::string json;
  int taskDefinitions = 0;  // instances of aws_ecs_task_definition in resource_changes
  int changing = 0;         // of those, created, updated or replaced (the ones a linter reports on)
  int resources = 0;        // resource instances of every type in resource_changes
  // Task definitions given a ★ mistake on purpose (awsvpc hostPort, no logConfiguration, same
  // task and execution role, a Fargate cpu/memory pair that does not exist), each in a changing one.
  int mistakes = 0;
};

GeneratedPlan generateTerraformPlan(const TerraformPlanShape& shape);

}  // namespace ecslint::bench
