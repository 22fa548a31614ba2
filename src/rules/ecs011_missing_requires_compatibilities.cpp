// ECS011 missing-requires-compatibilities: a Fargate-shaped task that does not say it is one.
#include "rules/checks.h"

namespace ecslint {

void checkMissingRequiresCompatibilities(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.hasTaskLevel() || !task.launchTypes.absent()) return;
  if (!task.networkMode.is(NetworkMode::Awsvpc) || !task.cpu.present() || !task.memory.present()) return;
  context.reportUntranslated(missingIn(task),
                 "no requiresCompatibilities, but the task looks like a Fargate task (awsvpc with "
                 "task-level cpu and memory): ECS validates it for EC2 only when it is registered, "
                 "Fargate problems surface at run time, and ecslint skipped its Fargate checks; add "
                 "\"requiresCompatibilities\": [\"FARGATE\"] (or lint with --launch-type FARGATE)");
}

}  // namespace ecslint
