// ECS803 service-load-balancer-unknown-container: a service's load balancer names a container its
// task definition does not have.
#include "rules/checks.h"
#include "rules/name_lookup.h"
#include "stack/load_balanced_container.h"

namespace ecslint {

void checkServiceLoadBalancerUnknownContainer(StackContext& context) {
  for (const LoadBalancedContainer& entry : loadBalancedContainers(context)) {
    const TaskDefinition& task = *entry.task;
    // A container whose name is an intrinsic or a placeholder may be the one: silent.
    if (!task.mayHaveContainer(entry.containerName)) {
      reportWithHint(
          context, valueOf(entry.loadBalancer->containerName), "ECS803.unknown", "ECS803.unknown.hint",
          {{"service", std::string(entry.service->resource->logicalId)},
           {"name", entry.containerName},
           {"task", std::string(task.origin.logicalId)}},
          closestNameHint(context, entry.containerName, containerNames(task), NameKind::Container));
      const bool listed = task.containerDefinitionsNode != kNoNode;
      context.relate(listed ? keyOf(task.containerDefinitionsNode) : Target{task.node, Anchor::OpeningBrace},
                     "ECS803.related.containers", {{"task", std::string(task.origin.logicalId)}});
    }
  }
}

}  // namespace ecslint
