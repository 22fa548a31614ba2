// ECS409 ephemeral-storage-not-supported: ephemeralStorage outside Fargate.
#include "model/model_builder.h"
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkEphemeralStorageNotSupported(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (task.ephemeralStorageNode == kNoNode || !task.launchTypes.known() || task.launchTypes.fargate()) return;
  std::string size;
  if (task.ephemeralStorageSize.known())
    size = " (" + std::to_string(task.ephemeralStorageSize.value) + " GiB)";
  std::string launchTypes;
  for (LaunchType type : {LaunchType::Ec2, LaunchType::External, LaunchType::ManagedInstances}) {
    if (!task.launchTypes.includes(type)) continue;
    launchTypes += (launchTypes.empty() ? "" : ", ") + std::string(launchTypeName(type));
  }
  context.reportUntranslated(keyOf(task.ephemeralStorageNode),
                 "ephemeralStorage" + size + " is set, but the task runs on " + launchTypes +
                     std::string(assumedNote(task.launchTypes)) + ", not on Fargate" +
                     ": the setting is supported only for tasks hosted on Fargate, and on EC2 or external "
                     "instances the task's storage comes from the instance's Docker volume instead. Remove "
                     "ephemeralStorage, or add FARGATE to requiresCompatibilities if the task is meant for "
                     "Fargate");
}

}  // namespace ecslint
