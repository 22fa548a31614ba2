// ECS804 service-load-balancer-unmapped-port: a service's load balancer sends traffic to a port its
// container does not map.
//
// No fix: with one mapping, either side may be the mistake (the load balancer's port, or the
// mapping the container is meant to listen on), and rewriting ContainerPort to the mapped port
// would turn AWS's clear refusal into targets that fail their health checks.
#include "model/port_range.h"
#include "rules/checks.h"
#include "stack/load_balanced_container.h"

namespace ecslint {
namespace {

// "8080/tcp, 9000-9010/tcp": what the container does map, for the message.
std::string mappedPorts(const Container& container) {
  std::string list;
  for (const PortMapping& mapping : container.portMappings) {
    const std::optional<PortInterval> ports = containerPorts(mapping);
    const std::optional<PortProtocol> protocol = mappingProtocol(mapping);
    if (!ports) continue;
    if (!list.empty()) list += ", ";
    list += protocol ? describePorts(*ports, *protocol) : std::to_string(ports->first);
  }
  return list;
}

}  // namespace

void checkServiceLoadBalancerUnmappedPort(StackContext& context) {
  for (const LoadBalancedContainer& entry : loadBalancedContainers(context)) {
    const Container* container = entry.container;
    if (container == nullptr || !entry.containerPort) continue;  // ECS803's, or an unknown port
    if (!portMappingsKnown(context.document(), *container)) continue;
    if (mapsContainerPort(*container, *entry.containerPort)) continue;
    MessageArgs arguments{{"service", std::string(entry.service->resource->logicalId)},
                          {"port", std::to_string(*entry.containerPort)},
                          {"name", entry.containerName},
                          {"task", std::string(entry.task->origin.logicalId)}};
    const std::string mapped = mappedPorts(*container);
    if (mapped.empty()) {
      context.report(valueOf(entry.loadBalancer->containerPort), "ECS804.no-mappings", std::move(arguments));
      context.relate(missingIn(*container), "ECS804.related.container", {{"name", entry.containerName}});
      continue;
    }
    arguments.push_back({"mapped", mapped});
    context.report(valueOf(entry.loadBalancer->containerPort), "ECS804.unmapped", std::move(arguments));
    context.relate(keyOf(container->portMappingsNode), "ECS804.related.port-mappings",
                   {{"name", entry.containerName}});
  }
}

}  // namespace ecslint
