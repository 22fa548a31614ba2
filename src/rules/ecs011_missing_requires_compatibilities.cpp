// ECS011 missing-requires-compatibilities: a Fargate-shaped task that does not say it is one.
#include "rules/checks.h"

namespace ecslint {

void checkMissingRequiresCompatibilities(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.hasTaskLevel() || !task.launchTypes.absent()) return;
  if (!task.networkMode.is(NetworkMode::Awsvpc) || !task.cpu.present() || !task.memory.present()) return;
  context.report(missingIn(task), "ECS011.missing");
}

}  // namespace ecslint
