// ECS809 security-group-blocks-container-port: an awvpc service behind a load balancer whose
// security groups let nothing from the load balancer reach the container port.
#include <algorithm>
#include <string>

#include "rules/checks.h"
#include "stack/security_group_ingress.h"

namespace ecslint {
namespace {

constexpr std::string_view kSecurityGroup = "AWS::EC2::SecurityGroup";

// The service's security groups, each of the template, unconditional and not handed to another
// stack (which may open it); nothing otherwise.
std::optional<std::vector<const TemplateResource*>> serviceGroups(
    const TemplateGraph& graph, const std::vector<NodeId>& items,
    const std::unordered_set<const TemplateResource*>& exported) {
  std::vector<const TemplateResource*> groups;
  for (const NodeId item : items) {
    const TemplateResource* group = graph.resourceAt(item, kSecurityGroup);
    if (group == nullptr || TemplateGraph::conditional(*group) || exported.contains(group))
      return std::nullopt;
    groups.push_back(group);
  }
  return groups;
}

// Every ingress rule of the groups, or nothing when one group's cannot all be known.
std::optional<std::vector<NodeId>> rulesOf(const TemplateGraph& graph,
                                           const std::vector<const TemplateResource*>& groups) {
  std::vector<NodeId> rules;
  for (const TemplateResource* group : groups) {
    const auto own = ingressRulesOf(graph, *group);
    if (!own) return std::nullopt;
    rules.insert(rules.end(), own->begin(), own->end());
  }
  return rules;
}

const PortMapping* mappingOf(const Container& container, std::int64_t port) {
  const auto found = std::find_if(container.portMappings.begin(), container.portMappings.end(),
                                  [&](const PortMapping& mapping) { return mapping.containerPort.is(port); });
  return found == container.portMappings.end() ? nullptr : &*found;
}

std::string logicalIds(const std::vector<const TemplateResource*>& resources) {
  std::string text;
  for (const TemplateResource* resource : resources) {
    if (!text.empty()) text += ", ";
    text += resource->logicalId;
  }
  return text;
}

}  // namespace

void checkSecurityGroupBlocksContainerPort(StackContext& context) {
  const TemplateGraph& graph = context.graph;
  std::optional<std::unordered_set<const TemplateResource*>> exported;  // read once, when needed
  for (const EcsService& service : context.services) {
    if (service.awsvpcConfiguration == kNoNode || service.loadBalancers.empty() ||
        !service.loadBalancersKnown)
      continue;
    const TaskDefinition* task = context.task(service.taskDefinition);
    if (task == nullptr || task->effectiveNetworkMode() != NetworkMode::Awsvpc) continue;
    // No SecurityGroups: the VPC's default group, which the template does not describe.
    const auto items = graph.listItems(service.securityGroups);
    if (!items || items->empty()) continue;
    if (!exported) exported = resourcesNamedByOutputs(graph);
    const auto groups = serviceGroups(graph, *items, *exported);
    if (!groups) continue;
    const auto rules = rulesOf(graph, *groups);
    if (!rules) continue;
    std::vector<std::int64_t> reported;
    for (const ServiceLoadBalancer& loadBalancer : service.loadBalancers) {
      const auto port = decidedInteger(graph, loadBalancer.containerPort);
      const auto name = decidedPlainText(graph, loadBalancer.containerName);
      if (!port || !name || std::find(reported.begin(), reported.end(), *port) != reported.end()) continue;
      // The port the task does not map is another finding's (the load balancer names nothing).
      const Container* container = task->container(*name);
      const PortMapping* mapping = container != nullptr ? mappingOf(*container, *port) : nullptr;
      if (mapping == nullptr) continue;
      LoadBalancerSources sources;  // NotFound: a target group of another stack
      if (loadBalancer.targetGroup != nullptr)
        sources = loadBalancerSourcesFor(graph, *loadBalancer.targetGroup);
      if (sources.state == LoadBalancerSources::State::Undecided) continue;
      if (std::any_of(rules->begin(), rules->end(),
                      [&](NodeId rule) { return mayAdmit(graph, rule, *port, sources); }))
        continue;
      reported.push_back(*port);
      const Target target = items->size() == 1 ? valueOf(items->front()) : valueOf(service.securityGroups);
      const std::string portText = std::to_string(*port);
      MessageArgs arguments{{"groups", logicalIds(*groups)}, {"port", portText}};
      if (sources.state == LoadBalancerSources::State::Known && !sources.groups.empty()) {
        arguments.push_back({"lb_groups", logicalIds(sources.groups)});
        arguments.push_back({"lb_group", std::string(sources.groups.front()->logicalId)});
        context.report(target, "ECS809.closed-to-lb", std::move(arguments));
      } else {
        context.report(target, "ECS809.closed", std::move(arguments));
      }
      for (const TemplateResource* group : *groups) {
        context.relate(keyOf(group->node), "ECS809.related-group",
                       {{"group", std::string(group->logicalId)}});
      }
      context.relate(valueOf(mapping->containerPort.node), "ECS809.related-port",
                     {{"port", portText}, {"container", std::string(*name)}});
    }
  }
}

}  // namespace ecslint
