// ECS809 security-group-blocks-container-port: an awvpc service behind a load balancer whose
// security groups let nothing from the load balancer reach the container port.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>

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

// What services share is read once: many services behind one security group and one target group
// would otherwise read that group's ingress resources and that target group's listeners once each,
// quadratic in the template.
class SharedReads {
 public:
  explicit SharedReads(const TemplateGraph& graph) : graph_(graph) {}

  // Every ingress rule of the groups, or nullptr when one group's cannot all be known.
  const std::vector<NodeId>* rulesOf(const std::vector<const TemplateResource*>& groups) {
    auto [combined, added] = rules_.try_emplace(groups);
    if (added) {
      combined->second.emplace();
      for (const TemplateResource* group : groups) {
        auto [entry, read] = ingress_.try_emplace(group);
        if (read) entry->second = ingressRulesOf(graph_, *group);
        if (!entry->second) {
          combined->second.reset();
          break;
        }
        combined->second->insert(combined->second->end(), entry->second->begin(), entry->second->end());
      }
    }
    return combined->second ? &*combined->second : nullptr;
  }

  const LoadBalancerSources& sourcesOf(const TemplateResource* targetGroup) {
    auto [entry, added] = sources_.try_emplace(targetGroup);
    // NotFound for no target group: one of another stack.
    if (added && targetGroup != nullptr) entry->second = loadBalancerSourcesFor(graph_, *targetGroup);
    return entry->second;
  }

  // Whether one of `rules` (those of `groups`) may admit the load balancer of `targetGroup` to `port`.
  bool admits(const std::vector<const TemplateResource*>& groups, const std::vector<NodeId>& rules,
              std::int64_t port, const TemplateResource* targetGroup) {
    auto [entry, added] = admits_.try_emplace(std::tuple(groups, port, targetGroup), false);
    if (added) {
      const LoadBalancerSources& sources = sourcesOf(targetGroup);
      entry->second = std::any_of(rules.begin(), rules.end(),
                                  [&](NodeId rule) { return mayAdmit(graph_, rule, port, sources); });
    }
    return entry->second;
  }

 private:
  const TemplateGraph& graph_;
  std::unordered_map<const TemplateResource*, std::optional<std::vector<NodeId>>> ingress_;
  std::map<std::vector<const TemplateResource*>, std::optional<std::vector<NodeId>>> rules_;
  std::unordered_map<const TemplateResource*, LoadBalancerSources> sources_;
  std::map<std::tuple<std::vector<const TemplateResource*>, std::int64_t, const TemplateResource*>, bool>
      admits_;
};

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
  SharedReads shared(graph);
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
    const std::vector<NodeId>* rules = shared.rulesOf(*groups);
    if (rules == nullptr) continue;
    std::vector<std::int64_t> reported;
    for (const ServiceLoadBalancer& loadBalancer : service.loadBalancers) {
      const auto port = decidedInteger(graph, loadBalancer.containerPort);
      const auto name = decidedPlainText(graph, loadBalancer.containerName);
      if (!port || !name || std::find(reported.begin(), reported.end(), *port) != reported.end()) continue;
      // The port the task does not map is another finding's (the load balancer names nothing).
      const Container* container = task->container(*name);
      const PortMapping* mapping = container != nullptr ? mappingOf(*container, *port) : nullptr;
      if (mapping == nullptr) continue;
      const LoadBalancerSources& sources = shared.sourcesOf(loadBalancer.targetGroup);
      if (sources.state == LoadBalancerSources::State::Undecided) continue;
      if (shared.admits(*groups, *rules, *port, loadBalancer.targetGroup)) continue;
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
