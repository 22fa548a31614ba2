#include "stack/network_paths.h"

#include <array>
#include <charconv>
#include <string_view>
#include <utility>

namespace ecslint {
namespace {

constexpr std::array<std::pair<std::string_view, EndpointService>, 6> kServiceSuffixes{{
    {"ecr.api", EndpointService::EcrApi},
    {"ecr.dkr", EndpointService::EcrDkr},
    {"s3", EndpointService::S3},
    {"logs", EndpointService::Logs},
    {"secretsmanager", EndpointService::SecretsManager},
    {"ssm", EndpointService::Ssm},
}};

// A private IPv4 range (RFC 1918): a route there (to a peering connection, a VPN) cannot reach ECR.
bool privateRange(std::string_view cidr) {
  if (cidr.starts_with("10.") || cidr.starts_with("192.168.")) return true;
  if (!cidr.starts_with("172.")) return false;
  unsigned second = 0;
  const char* begin = cidr.data() + 4;
  const auto [end, error] = std::from_chars(begin, cidr.data() + cidr.size(), second);
  return error == std::errc{} && end != begin && *end == '.' && second >= 16 && second <= 31;
}

// The targets of an AWS::EC2::Route other than a gateway: each may lead out of the VPC (a transit
// gateway, an appliance, a peered VPC's NAT), which the template does not decide.
constexpr std::array<std::string_view, 9> kOtherTargets{
    "TransitGatewayId", "NetworkInterfaceId", "InstanceId",    "VpcPeeringConnectionId",
    "CarrierGatewayId", "LocalGatewayId",     "VpcEndpointId", "EgressOnlyInternetGatewayId",
    "CoreNetworkArn",
};

}  // namespace

std::string endpointNames(EndpointServices services) {
  std::string names;
  for (const auto& [suffix, service] : kServiceSuffixes) {
    if ((services & bit(service)) == 0) continue;
    if (!names.empty()) names += ", ";
    names += suffix;
    if (service == EndpointService::S3) names += " (gateway)";
  }
  return names;
}

EndpointServices endpointServiceNamed(std::string_view serviceName) {
  // com.amazonaws.<region>.<service>; the region may be `${AWS::Region}`, which holds no '.'.
  for (const std::string_view prefix : {"com.amazonaws.", "cn.com.amazonaws."}) {
    if (!serviceName.starts_with(prefix)) continue;
    const std::string_view rest = serviceName.substr(prefix.size());
    const std::size_t dot = rest.find('.');
    if (dot == std::string_view::npos) return 0;
    const std::string_view service = rest.substr(dot + 1);
    for (const auto& [suffix, named] : kServiceSuffixes) {
      if (service == suffix) return bit(named);
    }
    return 0;
  }
  return 0;
}

NetworkPaths::NetworkPaths(const TemplateGraph& graph) : graph_(graph) {
  for (const TemplateResource* resource : graph.resourcesOfType("AWS::EC2::VPCEndpoint")) {
    Endpoint endpoint;
    endpoint.resource = resource;
    endpoint.vpc = graph.resourceAt(graph.property(*resource, "VpcId"), "AWS::EC2::VPC");
    const auto name = graph.knownText(graph.property(*resource, "ServiceName"));
    // An unknown service name may be any service; a Condition does not make an endpoint absent.
    endpoint.services = name ? endpointServiceNamed(*name) : kAllEndpointServices;
    if (endpoint.services == 0) continue;
    // An S3 endpoint is a gateway unless it says Interface (`VpcEndpointType` defaults to Gateway);
    // the other services have interface endpoints only.
    const NodeId type = graph.property(*resource, "VpcEndpointType");
    const auto typeText = graph.knownText(type);
    endpoint.gateway = endpoint.services == bit(EndpointService::S3) &&
                       (type == kNoNode || (typeText && *typeText == "Gateway"));
    endpoints_.push_back(endpoint);
  }
  for (const TemplateResource* route : graph.resourcesOfType("AWS::EC2::Route")) {
    if (graph.resourceAt(graph.property(*route, "RouteTableId"), "AWS::EC2::RouteTable") == nullptr)
      routeToUndecidedTable_ = true;
  }
  for (const TemplateResource* propagation : graph.resourcesOfType("AWS::EC2::VPNGatewayRoutePropagation")) {
    const auto tables = graph.listItems(graph.property(*propagation, "RouteTableIds"));
    if (!tables) routeToUndecidedTable_ = true;
    for (const NodeId table : tables.value_or(std::vector<NodeId>{})) {
      if (graph.resourceAt(table, "AWS::EC2::RouteTable") == nullptr) routeToUndecidedTable_ = true;
    }
  }
}

std::optional<SubnetRoutes> NetworkPaths::subnetRoutes(const TemplateResource& subnet) const {
  SubnetRoutes routes;
  routes.subnet = &subnet;
  routes.vpc = graph_.resourceAt(graph_.property(subnet, "VpcId"), "AWS::EC2::VPC");
  if (routes.vpc == nullptr) return std::nullopt;
  const TemplateResource* association = nullptr;
  for (const ResourceReference& reference : graph_.referencesTo(subnet)) {
    const TemplateResource& from = *reference.from;
    if (from.type != "AWS::EC2::SubnetRouteTableAssociation" || &from == association) continue;
    if (graph_.resourceAt(graph_.property(from, "SubnetId")) != &subnet) continue;
    // Two associations, or one that may not exist: the template does not decide the table.
    if (association != nullptr || TemplateGraph::conditional(from)) return std::nullopt;
    association = &from;
  }
  if (association == nullptr) {
    // The main route table: CloudFormation cannot name it, so it holds only the local route unless
    // a route of the template goes to a table the template does not define.
    routes.egress.possible = routeToUndecidedTable_;
    return routes;
  }
  routes.routeTable =
      graph_.resourceAt(graph_.property(*association, "RouteTableId"), "AWS::EC2::RouteTable");
  if (routes.routeTable == nullptr) return std::nullopt;
  routes.egress = egressOf(*routes.routeTable);
  return routes;
}

RouteTableEgress NetworkPaths::egressOf(const TemplateResource& routeTable) const {
  RouteTableEgress egress;
  for (const ResourceReference& reference : graph_.referencesTo(routeTable)) {
    const TemplateResource& route = *reference.from;
    // A virtual private gateway may propagate any route into the table, a default one too.
    if (route.type == "AWS::EC2::VPNGatewayRoutePropagation") egress.possible = true;
    if (route.type != "AWS::EC2::Route") continue;
    if (graph_.resourceAt(graph_.property(route, "RouteTableId")) != &routeTable) continue;
    // Where the route leads: a NAT gateway, an internet gateway, somewhere the template does not
    // decide, or nowhere (a route without a target is not one CloudFormation creates).
    enum class Target { None, Nat, Internet, Other } target = Target::None;
    if (graph_.property(route, "NatGatewayId") != kNoNode) {
      target = Target::Nat;
    } else if (const NodeId gateway = graph_.property(route, "GatewayId"); gateway != kNoNode) {
      const auto literal = graph_.knownText(gateway);
      const bool internet = graph_.resourceAt(gateway, "AWS::EC2::InternetGateway") != nullptr ||
                            (literal && literal->starts_with("igw-"));
      target = internet ? Target::Internet : Target::Other;
    } else {
      for (const std::string_view name : kOtherTargets) {
        if (graph_.property(route, name) != kNoNode) target = Target::Other;
      }
    }
    if (target == Target::None) continue;
    if (TemplateGraph::conditional(route)) {
      egress.possible = true;
      continue;
    }
    const NodeId destination = graph_.property(route, "DestinationCidrBlock");
    const auto cidr = graph_.knownText(destination);
    if (cidr && *cidr == "0.0.0.0/0") {
      if (target == Target::Nat) egress.natGateway = true;
      if (target == Target::Internet && egress.internetGatewayRoute == nullptr) {
        egress.internetGateway = true;
        egress.internetGatewayRoute = &route;
      }
      if (target == Target::Other) egress.possible = true;
    } else if (!(cidr && privateRange(*cidr))) {
      // An IPv6 or prefix-list destination, a public range, or one the template does not decide:
      // it may cover the addresses the task needs.
      egress.possible = true;
    }
  }
  return egress;
}

bool NetworkPaths::gatewayServes(const Endpoint& endpoint, const SubnetRoutes& routes) const {
  const auto tables = graph_.listItems(graph_.property(*endpoint.resource, "RouteTableIds"));
  if (!tables) return true;  // not written out: any table
  for (const NodeId item : *tables) {
    const TemplateResource* table = graph_.resourceAt(item, "AWS::EC2::RouteTable");
    // A table the template does not define may be the subnet's (the main table too).
    if (table == nullptr || table == routes.routeTable) return true;
  }
  return false;
}

EndpointServices NetworkPaths::endpointsFor(const SubnetRoutes& routes) const {
  EndpointServices reached = 0;
  for (const Endpoint& endpoint : endpoints_) {
    if (endpoint.vpc != nullptr && endpoint.vpc != routes.vpc) continue;
    // An interface endpoint's network interfaces are reached from every subnet of the VPC, and with
    // private DNS the services' usual names resolve to them; a gateway endpoint works only through
    // the route tables it is added to. An endpoint whose `PrivateDnsEnabled` is false still counts:
    // the template cannot show the DNS (a Route 53 zone, a resolver rule) that may point at it.
    if (endpoint.gateway && !gatewayServes(endpoint, routes)) continue;
    reached |= endpoint.services;
  }
  return reached;
}

}  // namespace ecslint
