// ECS811 dynamic-host-port-health-check: a bridge task registers a dynamic host port with a target
// group whose health check probes one fixed port.
#include "model/port_range.h"
#include "rules/checks.h"
#include "stack/load_balanced_container.h"

namespace ecslint {
namespace {

// The mapping of `port` when every mapping of it leaves the host port to Docker (HostPort 0 or
// omitted; a ContainerPortRange never has one: its host ports are ephemeral under bridge);
// nullptr when one fixes it, one is unknown, or none maps the port.
const PortMapping* dynamicHostPortMapping(const Container& container, std::int64_t port) {
  const PortMapping* dynamic = nullptr;
  for (const PortMapping& mapping : container.portMappings) {
    const std::optional<PortInterval> ports = containerPorts(mapping);
    if (!ports || port < ports->first || ports->last < port) continue;
    if (!mapping.hostPort.absent() && !mapping.hostPort.is(0)) return nullptr;
    if (dynamic == nullptr) dynamic = &mapping;
  }
  return dynamic;
}

// Whether a container of the task binds `port` on the instance: then a health check of that fixed
// port may well be meant (a health endpoint beside the application).
bool bindsHostPort(const TaskDefinition& task, std::int64_t port) {
  for (const Container& container : task.containers) {
    for (const PortMapping& mapping : container.portMappings) {
      if (mapping.hostPort.unknown() || mapping.hostPort.is(port)) return true;
    }
  }
  return false;
}

}  // namespace

void checkDynamicHostPortHealthCheck(StackContext& context) {
  for (const LoadBalancedContainer& entry : loadBalancedContainers(context)) {
    const TemplateResource* targetGroup = entry.loadBalancer->targetGroup;
    const TaskDefinition& task = *entry.task;
    if (targetGroup == nullptr || entry.container == nullptr || !entry.containerPort) continue;
    // Dynamic host ports exist under bridge networking only (the default of a Linux task on EC2).
    if (task.effectiveNetworkMode() != NetworkMode::Bridge || task.launchTypes.fargate()) continue;
    if (!portMappingsKnown(context.document(), *entry.container)) continue;
    const PortMapping* mapping = dynamicHostPortMapping(*entry.container, *entry.containerPort);
    if (mapping == nullptr) continue;
    // An `ip` target group does not take bridge tasks at all (ECS805); an unknown one: silent.
    const NodeId targetType = context.graph.property(*targetGroup, "TargetType");
    if (targetType != kNoNode && context.graph.knownText(targetType) != "instance") continue;
    // Absent means traffic-port: the port each target was registered with.
    const NodeId healthCheckPort = context.graph.property(*targetGroup, "HealthCheckPort");
    const std::optional<std::int64_t> fixedPort = knownInteger(context.graph, healthCheckPort);
    if (!fixedPort || bindsHostPort(task, *fixedPort)) continue;
    context.report(valueOf(healthCheckPort), "ECS811.fixed-port",
                   {{"target_group", std::string(targetGroup->logicalId)},
                    {"health_check_port", std::to_string(*fixedPort)},
                    {"service", std::string(entry.service->resource->logicalId)},
                    {"name", entry.containerName},
                    {"port", std::to_string(*entry.containerPort)},
                    {"task", std::string(task.origin.logicalId)}});
    context.relate(Target{mapping->node, Anchor::OpeningBrace}, "ECS811.related.mapping",
                   {{"name", entry.containerName}, {"port", std::to_string(*entry.containerPort)}});
    context.relate(Target{entry.loadBalancer->node, Anchor::OpeningBrace}, "ECS811.related.load-balancer",
                   {{"service", std::string(entry.service->resource->logicalId)}});
    // traffic-port is what the property defaults to, and the only port a dynamic target answers on.
    context.offerFix("ECS811.fix", {{"health_check_port", std::to_string(*fixedPort)}},
                     [&](Editor& edit) { edit.replaceString(healthCheckPort, "traffic-port"); });
  }
}

}  // namespace ecslint
