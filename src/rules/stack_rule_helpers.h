#pragma once
// What the service rules (ECS805-ECS807) share: the task definition a service runs, with its
// network mode as the template says it.

#include <string>

#include "stack/stack_context.h"

namespace ecslint {

struct ServiceTask {
  // nullptr: the service runs no task definition of the template, or an EXTERNAL deployment
  // controller's task sets run it (with their own settings).
  const TaskDefinition* task = nullptr;
  // The task's `NetworkMode` when the template decides it ("awsvpc", "bridge", "host", "none"),
  // else "": absent (bridge on EC2, but Fargate requires awsvpc) or unknown, the rules stay silent.
  std::string networkMode;
};

ServiceTask serviceTask(const StackContext& context, const EcsService& service);

}  // namespace ecslint
