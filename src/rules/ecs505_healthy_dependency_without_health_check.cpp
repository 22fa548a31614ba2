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
      context.report(valueOf(dependency.condition.node), "ECS505.healthy-without-health-check",
                     {{"container", describeContainer(context, container)},
                      {"name", std::string(dependency.containerName.value)}});
      context.relate(missingIn(*target), "ECS505.related.no-health-check");
    }
  }
}

}  // namespace ecslint
