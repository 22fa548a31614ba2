// ECS402 fargate-missing-task-size: Fargate sizes the task from task-level cpu and memory.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkFargateMissingTaskSize(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.hasTaskLevel() || !task.launchTypes.fargate()) return;
  const auto require = [&](const TaskSizeField& field, std::string_view name, std::string_view example) {
    if (!field.absent()) return;
    context.report(missingIn(task), "ECS402.missing",
                   {{"assumed", assumedNote(context, task.launchTypes)},
                    {"field", std::string(name)},
                    {"example", std::string(example)}});
  };
  require(task.cpu, "cpu", "256");
  require(task.memory, "memory", "512");
}

}  // namespace ecslint
