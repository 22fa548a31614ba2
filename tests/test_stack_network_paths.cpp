// NetworkPaths: a subnet's route table, its default routes and the VPC endpoints it can use, as far
// as a template decides them (ECS808 reads it).
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "cloudformation/template_resources.h"
#include "cloudformation/template_value.h"
#include "stack/network_paths.h"
#include "stack/template_graph.h"
#include "template_under_test.h"
#include "yaml/yaml_loader.h"

namespace ecslint {
namespace {

class Network : public TemplateUnderTest {
 public:
  explicit Network(std::string text) : TemplateUnderTest(std::move(text)) { paths_.emplace(graph()); }
  std::optional<SubnetRoutes> routes(std::string_view subnet) const {
    return paths_->subnetRoutes(resource(subnet));
  }
  EndpointServices endpoints(std::string_view subnet) const {
    const auto found = routes(subnet);
    REQUIRE(found);
    return paths_->endpointsFor(*found);
  }

 private:
  std::optional<NetworkPaths> paths_;
};

constexpr std::string_view kVpc = R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
  Private:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc}
  Public:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc}
  PrivateTable:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  PublicTable:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  PrivateAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref Private, RouteTableId: !Ref PrivateTable}
  PublicAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref Public, RouteTableId: !Ref PublicTable}
  Gateway:
    Type: AWS::EC2::InternetGateway
  PublicRoute:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref PublicTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Gateway}
)";

std::string withVpc(std::string_view more) { return std::string(kVpc) + std::string(more); }

TEST_CASE("network paths: endpoint service names, literal and with the region as a pseudo parameter") {
  CHECK(endpointServiceNamed("com.amazonaws.${AWS::Region}.ecr.dkr") == bit(EndpointService::EcrDkr));
  CHECK(endpointServiceNamed("com.amazonaws.eu-west-1.ecr.api") == bit(EndpointService::EcrApi));
  CHECK(endpointServiceNamed("cn.com.amazonaws.cn-north-1.s3") == bit(EndpointService::S3));
  CHECK(endpointServiceNamed("com.amazonaws.us-east-1.logs") == bit(EndpointService::Logs));
  CHECK(endpointServiceNamed("com.amazonaws.us-east-1.secretsmanager") ==
        bit(EndpointService::SecretsManager));
  CHECK(endpointServiceNamed("com.amazonaws.us-east-1.ssm") == bit(EndpointService::Ssm));
  CHECK(endpointServiceNamed("com.amazonaws.us-east-1.ssmmessages") == 0);
  CHECK(endpointServiceNamed("com.amazonaws.us-east-1.dynamodb") == 0);
  CHECK(endpointServiceNamed("com.amazonaws.vpce.us-east-1.vpce-svc-0123") == 0);
  CHECK(endpointServiceNamed("ecr.dkr") == 0);
  CHECK(endpointNames(bit(EndpointService::EcrApi) | bit(EndpointService::S3) | bit(EndpointService::Logs)) ==
        "ecr.api, s3 (gateway), logs");
}

TEST_CASE("network paths: the associated route table and its default routes") {
  const Network network(withVpc(""));
  const auto publicRoutes = network.routes("Public");
  REQUIRE(publicRoutes);
  CHECK(publicRoutes->routeTable->logicalId == "PublicTable");
  CHECK(publicRoutes->egress.internetGateway);
  CHECK_FALSE(publicRoutes->egress.natGateway);
  CHECK_FALSE(publicRoutes->egress.possible);
  const auto privateRoutes = network.routes("Private");
  REQUIRE(privateRoutes);
  CHECK(privateRoutes->routeTable->logicalId == "PrivateTable");
  CHECK_FALSE(privateRoutes->egress.internetGateway);
  CHECK_FALSE(privateRoutes->egress.natGateway);
  CHECK_FALSE(privateRoutes->egress.possible);
}

TEST_CASE("network paths: a subnet without an association uses the main table, local routes only") {
  const Network network(withVpc(R"(  Lonely:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc}
)"));
  const auto routes = network.routes("Lonely");
  REQUIRE(routes);
  CHECK(routes->routeTable == nullptr);
  CHECK(routes->vpc->logicalId == "Vpc");
  CHECK_FALSE(routes->egress.possible);
  CHECK_FALSE(routes->egress.natGateway);
}

TEST_CASE("network paths: a route to a table the template does not define may be the main table's") {
  const Network network(withVpc(R"(  Lonely:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc}
  MainRoute:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !GetAtt MainTableLookup.RouteTableId, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: nat-1}
)"));
  const auto routes = network.routes("Lonely");
  REQUIRE(routes);
  CHECK(routes->egress.possible);
}

TEST_CASE("network paths: routes a VPN gateway propagates may be default routes") {
  const Network network(withVpc(R"(  Propagation:
    Type: AWS::EC2::VPNGatewayRoutePropagation
    Properties: {VpnGatewayId: !Ref VpnGateway, RouteTableIds: [!Ref PrivateTable]}
  Lonely:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc}
)"));
  CHECK(network.routes("Private")->egress.possible);
  CHECK_FALSE(network.routes("Public")->egress.possible);
  CHECK_FALSE(network.routes("Lonely")->egress.possible);
  const Network undecided(withVpc(R"(  Propagation:
    Type: AWS::EC2::VPNGatewayRoutePropagation
    Properties: {VpnGatewayId: !Ref VpnGateway, RouteTableIds: !Ref Tables}
  Lonely:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc}
)"));
  CHECK(undecided.routes("Lonely")->egress.possible);
}

TEST_CASE("network paths: NAT routes, conditional routes and routes the template does not decide") {
  const Network network(withVpc(R"(  NatRoute:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref PrivateTable, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat}
)"));
  CHECK(network.routes("Private")->egress.natGateway);

  const Network conditional(withVpc(R"(  NatRoute:
    Type: AWS::EC2::Route
    Condition: WithNat
    Properties: {RouteTableId: !Ref PrivateTable, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat}
)"));
  CHECK_FALSE(conditional.routes("Private")->egress.natGateway);
  CHECK(conditional.routes("Private")->egress.possible);

  for (const char* target : {"TransitGatewayId: tgw-1", "VpcPeeringConnectionId: pcx-1", "InstanceId: i-1",
                             "NetworkInterfaceId: eni-1", "GatewayId: !Ref VpnGateway", "GatewayId: vgw-1"}) {
    CAPTURE(target);
    const Network other(
        withVpc(std::string("  Out:\n    Type: AWS::EC2::Route\n    Properties: {RouteTableId: !Ref "
                            "PrivateTable, DestinationCidrBlock: 0.0.0.0/0, ") +
                target + "}\n"));
    CHECK(other.routes("Private")->egress.possible);
  }
  // A route to a private range (a peered VPC) cannot reach a registry; a parameter may be anything.
  const Network peered(withVpc(R"(  Peer:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref PrivateTable, DestinationCidrBlock: 172.16.0.0/12, VpcPeeringConnectionId: pcx-1}
)"));
  CHECK_FALSE(peered.routes("Private")->egress.possible);
  const Network unknown(withVpc(R"(  Peer:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref PrivateTable, DestinationCidrBlock: !Ref Destination, VpcPeeringConnectionId: pcx-1}
)"));
  CHECK(unknown.routes("Private")->egress.possible);
  // A literal internet gateway id.
  const Network literal(withVpc(R"(  Out:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref PrivateTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: igw-0123}
)"));
  CHECK(literal.routes("Private")->egress.internetGateway);
}

TEST_CASE("network paths: what the template does not decide about a subnet's table is unknown") {
  const Network network(withVpc(R"(  Imported:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !ImportValue network-vpc}
  Conditional:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc}
  ConditionalAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Condition: Maybe
    Properties: {SubnetId: !Ref Conditional, RouteTableId: !Ref PrivateTable}
  Twice:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc}
  TwiceA:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref Twice, RouteTableId: !Ref PrivateTable}
  TwiceB:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref Twice, RouteTableId: !Ref PublicTable}
  ToImportedTable:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc}
  ImportedTableAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref ToImportedTable, RouteTableId: !ImportValue network-table}
)"));
  CHECK_FALSE(network.routes("Imported"));
  CHECK_FALSE(network.routes("Conditional"));
  CHECK_FALSE(network.routes("Twice"));
  CHECK_FALSE(network.routes("ToImportedTable"));
}

TEST_CASE("network paths: interface endpoints serve the VPC, an S3 gateway only its route tables") {
  const Network network(withVpc(R"(  Other:
    Type: AWS::EC2::VPC
  Api:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: !Ref Vpc, ServiceName: !Sub "com.amazonaws.${AWS::Region}.ecr.api", VpcEndpointType: Interface}
  Dkr:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: !Join ["", [com.amazonaws., !Ref "AWS::Region", .ecr.dkr]]
      VpcEndpointType: Interface
  LogsElsewhere:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: !Ref Other, ServiceName: com.amazonaws.us-east-1.logs, VpcEndpointType: Interface}
  S3:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-east-1.s3, RouteTableIds: [!Ref PublicTable]}
)"));
  const EndpointServices ecr = bit(EndpointService::EcrApi) | bit(EndpointService::EcrDkr);
  CHECK(network.endpoints("Private") == ecr);
  CHECK(network.endpoints("Public") == (ecr | bit(EndpointService::S3)));
}

TEST_CASE("network paths: an endpoint whose service or tables are not known counts for everything") {
  const Network unknownService(withVpc(R"(  Any:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: !Ref Vpc, ServiceName: !Ref ServiceParameter, VpcEndpointType: Interface}
)"));
  CHECK(unknownService.endpoints("Private") == kAllEndpointServices);
  const Network unknownTables(withVpc(R"(  S3:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-east-1.s3, RouteTableIds: !Ref Tables}
  S3Imported:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: !ImportValue vpc, ServiceName: com.amazonaws.us-east-1.s3, RouteTableIds: [!ImportValue table]}
)"));
  CHECK(unknownTables.endpoints("Private") == bit(EndpointService::S3));
}

TEST_CASE("network paths: wrong types anywhere are unknown, never a crash") {
  const Network network(R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: [1, 2]
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc}
  Association:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: [!Ref Subnet], RouteTableId: {a: !Ref Subnet}}
  Route:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: [x], DestinationCidrBlock: {}, NatGatewayId: []}
  Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: 3, ServiceName: [com.amazonaws.x.s3], RouteTableIds: [[1], {b: c}, 4]}
  Bare:
    Type: AWS::EC2::VPCEndpoint
    Properties: just text
)");
  const auto routes = network.routes("Subnet");
  REQUIRE(routes);
  CHECK(routes->routeTable == nullptr);
  CHECK(routes->egress.possible);  // the route's table is not one the template defines
  CHECK(network.endpoints("Subnet") == kAllEndpointServices);
}

}  // namespace
}  // namespace ecslint
