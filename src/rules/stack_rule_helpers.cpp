#include "rules/stack_rule_helpers.h"

namespace ecslint {

namespace {

// Whether the service deploys its tasks itself (the ECS or CODE_DEPLOY controller). An EXTERNAL
// controller's task sets carry their own launch type, load balancers and network configuration.
bool deploysItsTasks(const StackContext& context, const EcsService& service) {
  const NodeId controller = context.graph.property(*service.resource, "DeploymentController");
  if (controller == kNoNode) return true;
  if (context.document().kind(controller) != NodeKind::Mapping) return false;
  const NodeId type = context.document().member(controller, "Type");
  if (type == kNoNode) return true;  // the default is ECS
  const auto text = context.graph.knownText(type);
  return text && (*text == "ECS" || *text == "CODE_DEPLOY");
}

}  // namespace

ServiceTask serviceTask(const StackContext& context, const EcsService& service) {
  ServiceTask result;
  if (!deploysItsTasks(context, service)) return result;
  result.task = context.task(service.taskDefinition);
  if (result.task == nullptr || !result.task->networkMode.known()) return result;
  const auto text = context.graph.knownText(result.task->networkMode.node);
  if (text && (*text == "awsvpc" || *text == "bridge" || *text == "host" || *text == "none"))
    result.networkMode = *text;
  return result;
}

}  // namespace ecslint
