// ECS409 ephemeral-storage-not-supported: ephemeralStorage outside Fargate.
#include "model/model_builder.h"
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkEphemeralStorageNotSupported(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (task.ephemeralStorageNode == kNoNode || !task.launchTypes.known() || task.launchTypes.fargate()) return;
  std::string launchTypes;
  for (LaunchType type : {LaunchType::Ec2, LaunchType::External, LaunchType::ManagedInstances}) {
    if (!task.launchTypes.includes(type)) continue;
    launchTypes += (launchTypes.empty() ? "" : ", ") + std::string(launchTypeName(type));
  }
  MessageArgs arguments{{"launch_types", launchTypes}, {"assumed", assumedNote(context, task.launchTypes)}};
  if (task.ephemeralStorageSize.known())
    arguments.push_back({"size", std::to_string(task.ephemeralStorageSize.value)});
  context.report(keyOf(task.ephemeralStorageNode),
                 task.ephemeralStorageSize.known() ? "ECS409.with-size" : "ECS409.without-size",
                 std::move(arguments));
}

}  // namespace ecslint
