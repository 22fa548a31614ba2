#include "rules/stack_rule_helpers.h"

namespace ecslint {

ServiceTask serviceTask(const StackContext& context, const EcsService& service) {
  ServiceTask result;
  result.task = context.task(service.taskDefinition);
  if (result.task == nullptr || !result.task->networkMode.known()) return result;
  const auto text = context.graph.knownText(result.task->networkMode.node);
  if (text && (*text == "awsvpc" || *text == "bridge" || *text == "host" || *text == "none"))
    result.networkMode = *text;
  return result;
}

}  // namespace ecslint
