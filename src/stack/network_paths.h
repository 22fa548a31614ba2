#pragma once
// The ways out of a subnet, as far as a template decides them: the route table the subnet uses (its
// AWS::EC2::SubnetRouteTableAssociation, else the VPC's main table), that table's default routes
// (AWS::EC2::Route to a NAT gateway or an internet gateway), and the VPC endpoints the subnet can
// use (AWS::EC2::VPCEndpoint: interface endpoints serve the whole VPC, a gateway endpoint only the
// route tables it names). ECS808 reads it to tell whether a Fargate task can pull its image.
//
// Precision over recall: whatever the template does not decide counts as a possible way out (a
// route with a Condition, a route to a transit gateway or a peering connection, an endpoint whose
// service name or VPC is not known), never as a missing one.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "stack/template_graph.h"

namespace ecslint {

// The AWS services a task may need to reach from its subnet, as bits.
enum class EndpointService : std::uint8_t {
  EcrApi = 1u << 0,
  EcrDkr = 1u << 1,
  S3 = 1u << 2,  // ECR keeps image layers in S3: a gateway endpoint on the subnet's route table
  Logs = 1u << 3,
  SecretsManager = 1u << 4,
  Ssm = 1u << 5,
};
using EndpointServices = unsigned;
constexpr EndpointServices kAllEndpointServices = 0x3fu;
constexpr EndpointServices bit(EndpointService service) { return static_cast<EndpointServices>(service); }
// "ecr.api, ecr.dkr, s3 (gateway)": the services' endpoint names, in the enum's order.
std::string endpointNames(EndpointServices services);
// The service an endpoint's `ServiceName` names (`com.amazonaws.${AWS::Region}.ecr.dkr`,
// `com.amazonaws.eu-west-1.logs`, `cn.com.amazonaws.cn-north-1.s3`); 0 for any other service.
EndpointServices endpointServiceNamed(std::string_view serviceName);

// The default routes of a route table.
struct RouteTableEgress {
  bool natGateway = false;       // 0.0.0.0/0 to a NAT gateway
  bool internetGateway = false;  // 0.0.0.0/0 to an internet gateway
  bool possible = false;         // a route the template does not decide may lead out: judge nothing
  const TemplateResource* internetGatewayRoute = nullptr;  // the route to the internet gateway
};

// The route table a subnet of the template uses, and what leaves through it.
struct SubnetRoutes {
  const TemplateResource* subnet = nullptr;
  const TemplateResource* vpc = nullptr;         // the AWS::EC2::VPC of its `VpcId`
  const TemplateResource* routeTable = nullptr;  // nullptr: the VPC's main route table
  RouteTableEgress egress;
};

class NetworkPaths {
 public:
  // Reads the template's VPC endpoints and routes once: each query below costs the references to
  // the resources it asks about, not a scan of the template.
  explicit NetworkPaths(const TemplateGraph& graph);

  // The routes of a subnet of the template; nothing when the template does not decide them (its
  // VPC is not a resource of the template, its association has a Condition or names a table the
  // template does not define, it has more than one).
  std::optional<SubnetRoutes> subnetRoutes(const TemplateResource& subnet) const;
  // The services a task in the subnet reaches through VPC endpoints, or may (an endpoint whose
  // service or VPC the template does not decide counts for every service).
  EndpointServices endpointsFor(const SubnetRoutes& routes) const;

 private:
  struct Endpoint {
    const TemplateResource* resource = nullptr;
    const TemplateResource* vpc = nullptr;  // nullptr: any VPC (not decided by the template)
    EndpointServices services = 0;
    bool gateway = false;
  };
  RouteTableEgress egressOf(const TemplateResource& routeTable) const;
  bool gatewayServes(const Endpoint& endpoint, const SubnetRoutes& routes) const;

  const TemplateGraph& graph_;
  std::vector<Endpoint> endpoints_;
  // An AWS::EC2::Route (or a VPN gateway's route propagation) to a table the template does not
  // define: it may be the main table (a custom resource that looks it up), which may then lead out.
  bool routeToUndecidedTable_ = false;
};

}  // namespace ecslint
