#pragma once
// The container a service's load balancer sends traffic to (ECS803, ECS804, ECS811): for each
// `LoadBalancers` entry whose service runs a task definition of the template, the known
// `ContainerName`, the container of that name (if any), the known `ContainerPort`, and whether the
// container's port mappings are all known, so "the container does not map this port" can be said.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/task_definition.h"
#include "stack/stack_context.h"

namespace ecslint {

struct LoadBalancedContainer {
  const EcsService* service = nullptr;
  const ServiceLoadBalancer* loadBalancer = nullptr;
  const TaskDefinition* task = nullptr;       // never nullptr
  std::string containerName;                  // the known `ContainerName`
  const Container* container = nullptr;       // nullptr: no container of the task has that name
  std::optional<std::int64_t> containerPort;  // the known `ContainerPort`
};

// Every load balancer entry of the template's services whose task definition is a resource of the
// template and whose `ContainerName` is known, in the template's order.
std::vector<LoadBalancedContainer> loadBalancedContainers(const StackContext& context);

// Whether every port mapping of the container is known: `PortMappings` absent, or a written-out
// list whose every entry has a known `ContainerPort` or a valid `ContainerPortRange`. An intrinsic
// list or entry may map any port.
bool portMappingsKnown(const Document& document, const Container& container);

// Whether one of the container's mappings listens on `port`: its `ContainerPort`, or a
// `ContainerPortRange` that includes it.
bool mapsContainerPort(const Container& container, std::int64_t port);

}  // namespace ecslint
