// ECS808 no-route-for-image-pull: a Fargate task's subnet gives it no way to its image registry (or
// to CloudWatch Logs, Secrets Manager, SSM): no public IP behind an internet gateway, no NAT gateway
// route, no VPC endpoints. The task stops before its containers start.
//
// One finding per subnet of the service that lacks a way out, at that item of `Subnets`: ECS
// spreads a service's tasks over its subnets, and every task placed in that subnet fails, whatever
// the other subnets offer. The rule judges only services whose subnets are all resources of the
// template, with routes the template decides (network_paths.h).
#include <optional>
#include <vector>

#include "rules/checks.h"
#include "stack/network_paths.h"
#include "stack/task_network_needs.h"

namespace ecslint {
namespace {

// Only Fargate pulls images through the task's own network interface: on EC2 the container
// instance pulls them, through its own subnet.
bool runsOnFargate(const EcsService& service, const TaskDefinition& task) {
  if (service.launchType) return *service.launchType == LaunchType::Fargate;
  if (service.launchTypeNode != kNoNode) return false;
  // The cluster's default strategy decides: Fargate only when the task allows nothing else.
  const LaunchTypes& types = task.launchTypes;
  return types.known() && !types.assumed && types.bits == (1u << static_cast<unsigned>(LaunchType::Fargate));
}

struct SubnetItem {
  NodeId item = kNoNode;  // the item of `Subnets`
  SubnetRoutes routes;
};

// Every subnet of the service with its routes, or nothing when one is not decided by the template.
std::optional<std::vector<SubnetItem>> serviceSubnets(const TemplateGraph& graph, const NetworkPaths& paths,
                                                      const EcsService& service) {
  const auto items = graph.listItems(service.subnets);
  if (!items || items->empty()) return std::nullopt;
  std::vector<SubnetItem> subnets;
  for (const NodeId item : *items) {
    const TemplateResource* subnet = graph.resourceAt(item, "AWS::EC2::Subnet");
    if (subnet == nullptr) return std::nullopt;
    auto routes = paths.subnetRoutes(*subnet);
    if (!routes) return std::nullopt;
    subnets.push_back({item, *routes});
  }
  return subnets;
}

std::string routeTablePhrase(const StackContext& context, const SubnetRoutes& routes) {
  if (routes.routeTable != nullptr)
    return context.phrase("ECS808.route-table.named",
                          {{"route_table", std::string(routes.routeTable->logicalId)}});
  return context.phrase("ECS808.route-table.main", {{"vpc", std::string(routes.vpc->logicalId)}});
}

struct ServiceCase {
  const EcsService& service;
  const TaskDefinition& task;
  const TaskNetworkNeeds& needs;
  bool publicIp;
  std::string assignPublicIp;  // the phrase that says what AssignPublicIp is
};

void reportSubnet(StackContext& context, const ServiceCase& service, const SubnetItem& subnet,
                  EndpointServices missing) {
  const SubnetRoutes& routes = subnet.routes;
  const bool internet = service.needs.internetImage != nullptr;
  const char* messageId = nullptr;
  if (service.publicIp) {
    messageId = internet ? "ECS808.public-ip.internet" : "ECS808.public-ip.endpoints";
  } else if (routes.egress.internetGateway) {
    messageId = internet ? "ECS808.public-subnet.internet" : "ECS808.public-subnet.endpoints";
  } else {
    messageId = internet ? "ECS808.private.internet" : "ECS808.private.endpoints";
  }
  const Container& container = internet ? *service.needs.internetImage : *service.needs.ecrImage;
  const std::string subnetId(routes.subnet->logicalId);
  MessageArgs arguments{{"subnet", subnetId},
                        {"service", std::string(service.service.resource->logicalId)},
                        {"task", std::string(service.task.origin.logicalId)},
                        {"route_table", routeTablePhrase(context, routes)},
                        {"assign_public_ip", service.assignPublicIp},
                        {"image", std::string(imageOf(container))}};
  // Endpoints cannot serve an image from the internet: those messages name none.
  if (!internet) arguments.push_back({"endpoints", endpointNames(missing)});
  context.report(valueOf(subnet.item), messageId, std::move(arguments));
  context.relate(keyOf(routes.subnet->node), "ECS808.related.subnet", {{"subnet", subnetId}});
  if (routes.routeTable != nullptr) {
    context.relate(keyOf(routes.routeTable->node), "ECS808.related.route-table",
                   {{"route_table", std::string(routes.routeTable->logicalId)}, {"subnet", subnetId}});
  } else {
    context.relate(keyOf(routes.vpc->node), "ECS808.related.main-route-table",
                   {{"vpc", std::string(routes.vpc->logicalId)}, {"subnet", subnetId}});
  }
  context.relate(valueOf(container.image.node != kNoNode ? container.image.node : container.node),
                 "ECS808.related.image", {{"image", std::string(imageOf(container))}});
}

void checkService(StackContext& context, const NetworkPaths& paths, const EcsService& service) {
  const TaskDefinition* task = context.task(service.taskDefinition);
  if (task == nullptr || !runsOnFargate(service, *task)) return;
  if (task->effectiveNetworkMode() != NetworkMode::Awsvpc) return;
  // `AssignPublicIp` defaults to DISABLED; a value the template does not decide decides nothing.
  bool publicIp = false;
  std::string assignPublicIp = context.phrase("ECS808.assign-public-ip.absent");
  if (service.assignPublicIp != kNoNode) {
    const auto text = context.graph.knownText(service.assignPublicIp);
    if (!text || (*text != "ENABLED" && *text != "DISABLED")) return;
    publicIp = *text == "ENABLED";
    assignPublicIp =
        context.phrase(publicIp ? "ECS808.assign-public-ip.enabled" : "ECS808.assign-public-ip.disabled");
  }
  const auto needs = taskNetworkNeeds(*task);
  if (!needs) return;
  const auto subnets = serviceSubnets(context.graph, paths, service);
  if (!subnets) return;
  const ServiceCase serviceCase{service, *task, *needs, publicIp, assignPublicIp};
  for (const SubnetItem& subnet : *subnets) {
    const RouteTableEgress& egress = subnet.routes.egress;
    if (egress.possible || egress.natGateway || (publicIp && egress.internetGateway)) continue;
    // VPC endpoints serve AWS services only: an image from the internet needs a way out.
    const EndpointServices missing =
        needs->internetImage != nullptr ? 0 : needs->endpoints & ~paths.endpointsFor(subnet.routes);
    if (needs->internetImage == nullptr && missing == 0) continue;
    reportSubnet(context, serviceCase, subnet, missing);
  }
}

}  // namespace

void checkNoRouteForImagePull(StackContext& context) {
  if (context.services.empty()) return;
  const NetworkPaths paths(context.graph);
  for (const EcsService& service : context.services) checkService(context, paths, service);
}

}  // namespace ecslint
