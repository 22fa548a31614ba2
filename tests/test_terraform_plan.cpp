// Terraform's JSON output: telling a plan or a state from other JSON, and which resource instances
// are read (resource_changes only, never before or prior_state; deleted resources left out).
#include <doctest/doctest.h>

#include <string>

#include "json/json_loader.h"
#include "terraform/plan_resources.h"

namespace ecslint {
namespace {

struct LoadedPlan {
  explicit LoadedPlan(std::string text) : source("plan.json", std::move(text)), document(load(source)) {}
  static Document load(const SourceText& source) {
    auto loaded = loadJson(source);
    REQUIRE(loaded);
    return std::move(*loaded);
  }
  SourceText source;
  Document document;
};

const char* const kPlan = R"({
  "format_version": "1.2",
  "terraform_version": "1.9.5",
  "planned_values": {"root_module": {"resources": []}},
  "resource_changes": [
    {"address": "aws_ecs_task_definition.web", "mode": "managed", "type": "aws_ecs_task_definition",
     "name": "web", "change": {"actions": ["create"], "before": null,
       "after": {"family": "web"}, "after_unknown": {"arn": true}, "after_sensitive": {}}},
    {"address": "data.aws_iam_policy_document.trust", "mode": "data", "type": "aws_iam_policy_document",
     "name": "trust", "change": {"actions": ["read"], "before": null, "after": {}, "after_unknown": {}}},
    {"address": "aws_iam_role.old", "mode": "managed", "type": "aws_iam_role", "name": "old",
     "change": {"actions": ["delete"], "before": {"name": "old"}, "after": null}},
    {"address": "aws_iam_role.exec", "mode": "managed", "type": "aws_iam_role", "name": "exec",
     "change": {"actions": ["no-op"], "before": {"name": "exec"}, "after": {"name": "exec"},
       "after_unknown": {}, "after_sensitive": {}}},
    {"address": "module.api.aws_ecs_task_definition.this[\"blue\"]", "module_address": "module.api",
     "mode": "managed", "type": "aws_ecs_task_definition", "name": "this", "index": "blue",
     "change": {"actions": ["delete", "create"], "before": {"family": "old"},
       "after": {"family": "blue"}, "after_unknown": {"container_definitions": true},
       "after_sensitive": true}}
  ],
  "prior_state": {"values": {"root_module": {"resources": [{"address": "aws_iam_role.gone", "mode": "managed",
    "type": "aws_iam_role", "name": "gone", "values": {}}]}}}
})";

TEST_CASE(
    "terraform plan: detected by format_version with resource_changes, planned_values or a state's values") {
  CHECK(terraformOutputKind(LoadedPlan(kPlan).document) == TerraformOutput::Plan);
  CHECK(terraformOutputKind(LoadedPlan(R"({"format_version": "1.0", "planned_values": {}})").document) ==
        TerraformOutput::Plan);
  CHECK(terraformOutputKind(
            LoadedPlan(R"({"format_version": "1.0", "values": {"root_module": {}}})").document) ==
        TerraformOutput::State);
  // Not Terraform's output: a task definition, a template, a format_version that is not a string.
  CHECK_FALSE(terraformOutputKind(LoadedPlan(R"({"family": "web", "containerDefinitions": []})").document));
  CHECK_FALSE(terraformOutputKind(LoadedPlan(R"({"Resources": {}})").document));
  CHECK_FALSE(terraformOutputKind(LoadedPlan(R"({"format_version": 1, "resource_changes": []})").document));
  CHECK_FALSE(terraformOutputKind(LoadedPlan(R"({"format_version": "1.0", "values": {}})").document));
  CHECK_FALSE(terraformOutputKind(LoadedPlan(R"(["format_version"])").document));
}

TEST_CASE("terraform plan: resource_changes' planned values, data sources and deletions left out") {
  const LoadedPlan plan(kPlan);
  const Document& document = plan.document;
  const auto resources = readPlanResources(document, TerraformOutput::Plan);
  REQUIRE(resources.size() == 3);

  CHECK(resources[0].address == "aws_ecs_task_definition.web");
  CHECK(resources[0].type == "aws_ecs_task_definition");
  CHECK(resources[0].name == "web");
  CHECK(resources[0].moduleAddress.empty());
  CHECK(resources[0].changing);
  CHECK(document.pointer(resources[0].values.after) == "/resource_changes/0/change/after");
  CHECK(document.pointer(resources[0].values.unknown) == "/resource_changes/0/change/after_unknown");
  CHECK(document.pointer(resources[0].values.sensitive) == "/resource_changes/0/change/after_sensitive");

  // Left as it is: the stack around the others, not a finding's subject.
  CHECK(resources[1].address == "aws_iam_role.exec");
  CHECK_FALSE(resources[1].changing);

  // Replaced: changing; a whole resource sensitive is `true`.
  CHECK(resources[2].address == R"(module.api.aws_ecs_task_definition.this["blue"])");
  CHECK(resources[2].moduleAddress == "module.api");
  CHECK(resources[2].changing);
  CHECK(document.kind(resources[2].values.sensitive) == NodeKind::Boolean);
  CHECK(document.pointer(resources[2].values.after) == "/resource_changes/4/change/after");
}

TEST_CASE("terraform plan: a state's modules, in document order") {
  const LoadedPlan state(R"({"format_version": "1.0", "values": {"root_module": {
    "resources": [{"address": "aws_ecs_task_definition.a", "mode": "managed", "type": "aws_ecs_task_definition",
                   "name": "a", "values": {"family": "a"}, "sensitive_values": {}}],
    "child_modules": [
      {"address": "module.x", "resources": [{"address": "module.x.aws_iam_role.r", "mode": "managed",
        "type": "aws_iam_role", "name": "r", "values": {}}],
       "child_modules": [{"address": "module.x.module.y", "resources": [
         {"address": "module.x.module.y.aws_ecs_service.s", "mode": "managed", "type": "aws_ecs_service",
          "name": "s", "values": {}}]}]},
      {"address": "module.z", "resources": [{"address": "module.z.data.aws_region.r", "mode": "data",
        "type": "aws_region", "name": "r", "values": {}}]}]}}})");
  const auto resources = readPlanResources(state.document, TerraformOutput::State);
  REQUIRE(resources.size() == 3);
  CHECK(resources[0].address == "aws_ecs_task_definition.a");
  CHECK(resources[0].moduleAddress.empty());
  CHECK(resources[0].values.unknown == kNoNode);
  CHECK(state.document.pointer(resources[0].values.sensitive) ==
        "/values/root_module/resources/0/sensitive_values");
  CHECK(resources[1].moduleAddress == "module.x");
  CHECK(resources[2].address == "module.x.module.y.aws_ecs_service.s");
  CHECK(resources[2].moduleAddress == "module.x.module.y");
  for (const PlanResource& resource : resources) CHECK(resource.changing);
}

TEST_CASE("terraform plan: wrong types everywhere read as nothing") {
  for (
      const char* text : {
          R"({"format_version": "1", "resource_changes": {}})",
          R"({"format_version": "1", "resource_changes": [1, "x", null, [], {"change": 3}]})",
          R"({"format_version": "1", "resource_changes": [{"change": {"actions": "create", "after": {}}}]})",
          R"({"format_version": "1", "resource_changes": [{"change": {"actions": [1, null], "after": {}}}]})",
          R"({"format_version": "1", "resource_changes": [{"change": {"actions": ["create"], "after": []}}]})",
          R"({"format_version": "1", "values": {"root_module": {"resources": 3, "child_modules": [1, {}]}}})",
      }) {
    CAPTURE(text);
    const LoadedPlan plan(text);
    const auto kind = terraformOutputKind(plan.document);
    if (kind) CHECK(readPlanResources(plan.document, *kind).empty());
  }
  // A resource with no address or type is still read; its fields are empty.
  const LoadedPlan odd(
      R"({"format_version": "1", "resource_changes": [{"type": 7, "change": {"actions": ["update"], "after": {},
          "after_unknown": [true], "after_sensitive": "x"}}]})");
  const auto resources = readPlanResources(odd.document, TerraformOutput::Plan);
  REQUIRE(resources.size() == 1);
  CHECK(resources[0].type.empty());
  CHECK(resources[0].values.unknown == kNoNode);
  CHECK(resources[0].values.sensitive == kNoNode);
}

}  // namespace
}  // namespace ecslint
