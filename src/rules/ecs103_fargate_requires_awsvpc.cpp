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
  const std::string aws =
      " AWS rejects the task definition with \"Fargate only supports network mode 'awsvpc'.\"";
  const std::string where = "the task runs on Fargate" + std::string(assumedNote(task.launchTypes));
  if (task.networkMode.known() && task.networkMode.value != NetworkMode::Awsvpc) {
    context.reportUntranslated(valueOf(task.networkMode.node),
                   "networkMode is \"" + std::string(modeName(task.networkMode.value)) + "\", but " + where +
                       ", and Fargate gives every task its own network interface: awsvpc is the only "
                       "mode it supports." +
                       aws + " Set \"networkMode\": \"awsvpc\"");
  } else if (task.networkMode.absent()) {
    context.reportUntranslated(missingIn(task), "the task has no networkMode, so it defaults to bridge, but " + where +
                                        ", which supports only awsvpc." + aws +
                                        " Add \"networkMode\": \"awsvpc\"");
  }
}

}  // namespace ecslint
