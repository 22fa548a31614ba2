#include "stack/load_balanced_container.h"

#include "model/port_range.h"

namespace ecslint {

std::vector<LoadBalancedContainer> loadBalancedContainers(const StackContext& context) {
  std::vector<LoadBalancedContainer> found;
  for (const EcsService& service : context.services) {
    const TaskDefinition* task = context.task(service.taskDefinition);
    if (task == nullptr) continue;  // an import, a parameter, a literal ARN: the task is not here
    for (const ServiceLoadBalancer& loadBalancer : service.loadBalancers) {
      std::optional<std::string> name = context.graph.knownText(loadBalancer.containerName);
      if (!name || name->empty()) continue;
      LoadBalancedContainer entry;
      entry.service = &service;
      entry.loadBalancer = &loadBalancer;
      entry.task = task;
      entry.containerName = std::move(*name);
      entry.container = task->container(entry.containerName);
      entry.containerPort = knownInteger(context.graph, loadBalancer.containerPort);
      found.push_back(std::move(entry));
    }
  }
  return found;
}

bool portMappingsKnown(const Document& document, const Container& container) {
  if (container.node == kNoNode || document.kind(container.node) != NodeKind::Mapping) return false;
  const NodeId list = document.member(container.node, "PortMappings");
  if (list == kNoNode) return true;
  if (document.kind(list) != NodeKind::Sequence) return false;
  std::size_t items = 0;
  for (NodeId item = document.firstChild(list); item != kNoNode; item = document.nextSibling(item)) ++items;
  // The model keeps the mapping objects only: an element of another kind (an `Fn::If`...) is missing.
  if (items != container.portMappings.size()) return false;
  for (const PortMapping& mapping : container.portMappings) {
    if (!containerPorts(mapping)) return false;
  }
  return true;
}

bool mapsContainerPort(const Container& container, std::int64_t port) {
  for (const PortMapping& mapping : container.portMappings) {
    const std::optional<PortInterval> ports = containerPorts(mapping);
    if (ports && ports->first <= port && port <= ports->last) return true;
  }
  return false;
}

}  // namespace ecslint
