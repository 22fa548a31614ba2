// ECS505 healthy-dependency-without-health-check: a HEALTHY dependency on a container that has no
// health check, so it never reports healthy.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkHealthyDependencyWithoutHealthCheck(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const Container& container : task.containers) {
    for (const ContainerDependency& dependency : container.dependsOn) {
      if (!dependency.condition.is("HEALTHY") || !dependency.containerName.known()) continue;
      const Container* target = task.container(dependency.containerName.value);
      // Unknown names are ECS503's finding; a self-dependency too.
      if (target == nullptr || target == &container) continue;
      // A healthCheck that is a placeholder may well be a health check.
      if (target->healthCheckPresence != Presence::Absent) continue;
      context.reportUntranslated(valueOf(dependency.condition.node),
                     describeContainer(container) + " waits for container '" +
                         std::string(dependency.containerName.value) +
                         "' to be HEALTHY, but that container has no healthCheck: ECS documents that "
                         "HEALTHY \"requires that the dependent container has health checks "
                         "configured\". Without one its health stays UNKNOWN, " +
                         describeContainer(container) +
                         " never starts and the task stops. Add a healthCheck to '" +
                         std::string(dependency.containerName.value) + "', or use the START condition");
      context.relateUntranslated(missingIn(*target), "the container without a healthCheck");
    }
  }
}

}  // namespace ecslint
