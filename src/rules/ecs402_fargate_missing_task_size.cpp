// ECS402 fargate-missing-task-size: Fargate sizes the task from task-level cpu and memory.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkFargateMissingTaskSize(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.hasTaskLevel() || !task.launchTypes.fargate()) return;
  const auto require = [&](const TaskSizeField& field, std::string_view name, std::string_view example) {
    if (!field.absent()) return;
    context.reportUntranslated(missingIn(task),
                   "the task runs on FARGATE" + std::string(assumedNote(task.launchTypes)) +
                       " but has no task-level '" + std::string(name) +
                       "': Fargate sizes the task from it, and AWS rejects the task definition with "
                       "\"Fargate requires that '" +
                       std::string(name) + "' be defined at the task level.\" Add \"" + std::string(name) +
                       "\": \"" + std::string(example) + "\" (a valid Fargate size)");
  };
  require(task.cpu, "cpu", "256");
  require(task.memory, "memory", "512");
}

}  // namespace ecslint
