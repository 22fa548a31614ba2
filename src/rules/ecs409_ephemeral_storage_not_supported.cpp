// ECS409 ephemeral-storage-not-supported: ephemeralStorage outside Fargate.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkEphemeralStorageNotSupported(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (task.ephemeralStorageNode == kNoNode || !task.launchTypes.known() || task.launchTypes.fargate()) return;
  context.report(keyOf(task.ephemeralStorageNode),
                 "ephemeralStorage is set, but the task does not run on Fargate" +
                     std::string(assumedNote(task.launchTypes)) +
                     ": the setting is supported only for tasks hosted on Fargate, and on EC2 or external "
                     "instances the task's storage comes from the instance's Docker volume instead. Remove "
                     "ephemeralStorage, or add FARGATE to requiresCompatibilities if the task is meant for "
                     "Fargate");
}

}  // namespace ecslint
