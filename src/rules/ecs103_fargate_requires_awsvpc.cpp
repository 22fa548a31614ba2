// ECS103 fargate-requires-awsvpc: Fargate tasks must use the awsvpc network mode.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

std::string_view modeName(NetworkMode mode) {
  switch (mode) {
    case NetworkMode::Bridge:
      return "bridge";
    case NetworkMode::Host:
      return "host";
    case NetworkMode::Awsvpc:
      return "awsvpc";
    case NetworkMode::None:
      return "none";
  }
  return "";
}

}  // namespace

void checkFargateRequiresAwsvpc(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.launchTypes.fargate() || !task.hasTaskLevel()) return;
  const std::string assumed = assumedNote(context, task.launchTypes);
  if (task.networkMode.known() && task.networkMode.value != NetworkMode::Awsvpc) {
    context.report(valueOf(task.networkMode.node), "ECS103.network-mode",
                   {{"network_mode", std::string(modeName(task.networkMode.value))}, {"assumed", assumed}});
  } else if (task.networkMode.absent()) {
    context.report(missingIn(task), "ECS103.missing", {{"assumed", assumed}});
  }
}

}  // namespace ecslint
