// The ★ rules' Terraform plan fixtures (tests/data/terraform-fixtures/ECSnnn/): plans as
// `terraform show -json` writes them, waiting for the linter to read plans. Until it does they
// cannot sit in fixtures/, where every file needs its .expected.json; tests/data/terraform-fixtures/
// README.md lists the findings each must draw then. Here each is checked to be what it claims: a
// plan (or a state) whose task definitions the plan reader finds, at the addresses and with the
// changes the fixture is about, and whose container_definitions strings are JSON lists.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "json/json_loader.h"
#include "terraform/plan_resources.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

namespace fs = std::filesystem;

struct TaskInstance {
  std::string address;
  bool changing;  // created, updated or replaced: what findings may be about
};

struct FixturePlan {
  TerraformOutput kind = TerraformOutput::Plan;
  std::vector<TaskInstance> tasks;  // the aws_ecs_task_definition instances readPlanResources returns
};

const std::map<std::string, FixturePlan>& fixturePlans() {
  static const std::map<std::string, FixturePlan> plans = {
      {"ECS101/bad-terraform-host-port.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.web", true}}}},
      {"ECS101/bad-terraform-module-for-each.json",
       {TerraformOutput::Plan,
        {{R"(module.api.aws_ecs_task_definition.this["blue"])", true},
         {R"(module.api.aws_ecs_task_definition.this["green"])", true}}}},
      {"ECS101/good-terraform-before-fixed.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.web", true}}}},
      // The deleted one has no planned values; the no-op one is read, not reported on.
      {"ECS101/good-terraform-no-op-and-delete.json",
       {TerraformOutput::Plan,
        {{"aws_ecs_task_definition.legacy", false}, {"aws_ecs_task_definition.web", true}}}},
      {"ECS201/bad-terraform-private-ecr-no-role.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.billing", true}}}},
      {"ECS201/bad-terraform-role-in-task-slot.json",
       {TerraformOutput::Plan, {{"module.worker.aws_ecs_task_definition.this[0]", true}}}},
      {"ECS201/good-terraform-ec2-instance-role.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.cron", true}}}},
      {"ECS201/good-terraform-role-unknown.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.search", true}}}},
      {"ECS205/bad-terraform-same-role.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.checkout", true}}}},
      {"ECS205/bad-terraform-same-role-update.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.cart", true}}}},
      {"ECS205/good-terraform-different-roles.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.checkout", true}}}},
      {"ECS205/good-terraform-roles-unknown.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.orders", true}}}},
      {"ECS206/bad-terraform-swapped.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.billing", true}}}},
      {"ECS206/bad-terraform-ecs-task-execution-role.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.reports", true}}}},
      {"ECS206/good-terraform-right-slots.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.search", true}}}},
      {"ECS206/good-terraform-task-role-unknown.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.media", true}}}},
      {"ECS301/bad-terraform-sensitive-no-logs.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.payments", true}}}},
      {"ECS301/bad-terraform-escapes.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.greeter", true}}}},
      {"ECS301/good-terraform-awslogs-unicode.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.cafe", true}}}},
      {"ECS301/good-terraform-state.json", {TerraformOutput::State, {{"aws_ecs_task_definition.web", true}}}},
      {"ECS401/bad-terraform-cpu-memory.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.reports", true}}}},
      {"ECS401/bad-terraform-vcpu-forms.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.etl", true}}}},
      {"ECS401/good-terraform-cpu-memory.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.reports", true}}}},
      {"ECS401/good-terraform-memory-unknown.json",
       {TerraformOutput::Plan, {{"aws_ecs_task_definition.etl", true}}}},
  };
  return plans;
}

fs::path fixtureRoot() { return sourceDir() / "tests" / "data" / "terraform-fixtures"; }

}  // namespace

TEST_CASE("terraform fixtures: every ★ rule has a bad and a good plan, and every plan file is listed") {
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(fixtureRoot())) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      files.insert(entry.path().lexically_relative(fixtureRoot()).generic_string());
    }
  }
  std::set<std::string> listed;
  for (const auto& [name, plan] : fixturePlans()) listed.insert(name);
  CHECK(files == listed);
  for (const char* rule : {"ECS101", "ECS201", "ECS205", "ECS206", "ECS301", "ECS401"}) {
    INFO(rule);
    int bad = 0;
    int good = 0;
    for (const std::string& name : listed) {
      if (name.starts_with(std::string(rule) + "/bad-terraform-")) ++bad;
      if (name.starts_with(std::string(rule) + "/good-terraform-")) ++good;
    }
    CHECK(bad >= 1);
    CHECK(good >= 1);
  }
}

TEST_CASE("terraform fixtures: plans the reader reads, with the task definitions each is about") {
  for (const auto& [name, expected] : fixturePlans()) {
    SUBCASE(name.c_str()) {
      const SourceText source(name, readFile(fixtureRoot() / name));
      auto document = loadJson(source);
      REQUIRE(document.has_value());
      REQUIRE(terraformOutputKind(*document) == expected.kind);
      std::vector<const PlanResource*> tasks;
      const std::vector<PlanResource> resources = readPlanResources(*document, expected.kind);
      for (const PlanResource& resource : resources) {
        if (resource.type == "aws_ecs_task_definition") tasks.push_back(&resource);
      }
      REQUIRE(tasks.size() == expected.tasks.size());
      for (std::size_t i = 0; i < tasks.size(); ++i) {
        CHECK(tasks[i]->address == expected.tasks[i].address);
        CHECK(tasks[i]->changing == expected.tasks[i].changing);
        // The string Terraform encodes the containers in decodes to a JSON list of them.
        const NodeId definitions = document->member(tasks[i]->values.after, "container_definitions");
        REQUIRE(document->kind(definitions) == NodeKind::String);
        const SourceText containers("container_definitions", std::string(document->text(definitions)));
        const auto inner = loadJson(containers);
        REQUIRE(inner.has_value());
        CHECK(inner->kind(Document::rootId()) == NodeKind::Sequence);
      }
    }
  }
}

}  // namespace ecslint::test
