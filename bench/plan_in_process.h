#pragma once
// The Terraform plan's in-process costs (issue 17): the parse alone (SourceText and loadJson, the
// Document every later stage reads), a RapidJSON DOM parse as the floor any JSON reader pays, and
// Linter::lint of the whole plan. What the lint reported is returned too, so a number is never
// quoted for a lint that stopped early (ECS015 at a limit) or did not read the plan (ECS013).

#include <cstddef>
#include <string>

namespace ecslint::bench {

// Wall and CPU time of one stage: medians over the passes. CPU time (the thread's) is what a
// loaded machine disturbs least; wall time is what a user waits.
struct StageTime {
  double wallMs = 0;
  double cpuMs = 0;
};

struct PlanInProcessResult {
  StageTime rapidjson;
  StageTime parse;
  StageTime lint;
  std::size_t values = 0;  // the Document's nodes (read without the limit), against Document::kMaxValues
  bool isPlan = false;     // terraformOutputKind says Plan
  std::size_t planResources = 0;    // readPlanResources: managed instances that exist after the plan
  std::size_t taskDefinitions = 0;  // of those, aws_ecs_task_definition
  std::size_t changingTaskDefinitions = 0;
  std::string findings;  // the lint's findings by rule ("ECS013 x1"), "" when there were none
};

PlanInProcessResult measurePlanInProcess(const std::string& name, const std::string& bytes, int passes);

}  // namespace ecslint::bench
