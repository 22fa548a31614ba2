// Security groups and their rules (ECS809 reads them through security_group_ingress.h), and subnets,
// route tables, routes and VPC endpoints (ECS808, through network_paths.h).
#include <string>

#include "terraform/stack_translations.h"

namespace ecslint {
namespace {

using Names = StackWriter::Names;
using Written = StackWriter::Written;

// Whether the resource's configuration leaves `attribute` out. `ingress` and `route` are
// "attributes as blocks" the provider computes when they are not written: Terraform then plans them
// unknown for a new resource, and they come to hold the rules and routes other resources add, which
// the template holds as resources of their own. Only the configuration tells them apart.
bool notConfigured(const StackWriter& writer, const PlanObject& after, std::string_view attribute) {
  if (after.expressions == kNoNode) return false;
  return writer.plan().member(after.expressions, attribute) == kNoNode;
}

// The i-th element of a list attribute as an attribute of its own (cidr_blocks[0]).
PlanAttribute element(const StackWriter& writer, const PlanAttribute& list, std::uint32_t index) {
  const Document& plan = writer.plan();
  PlanAttribute item;
  if (list.value != kNoNode && plan.kind(list.value) == NodeKind::Sequence)
    item.value = plan.element(list.value, index);
  if (list.unknown != kNoNode && plan.kind(list.unknown) == NodeKind::Sequence)
    item.unknown = plan.element(list.unknown, index);
  return item;
}

std::uint32_t sizeOf(const StackWriter& writer, const PlanAttribute& list) {
  const Document& plan = writer.plan();
  if (list.value == kNoNode || plan.kind(list.value) != NodeKind::Sequence) return 0;
  std::uint32_t count = 0;
  for (NodeId item = plan.firstChild(list.value); item != kNoNode; item = plan.nextSibling(item)) ++count;
  return count;
}

// One inline ingress block of aws_security_group: CloudFormation's rule has one source, Terraform's
// block any number, so each source becomes a rule of its own (a block with none, one without).
void inlineIngress(StackWriter& writer, const PlanObject& block) {
  const auto rule = [&](auto source) {
    writer.openMapping("", writer.span(block.after), {});
    writer.value("IpProtocol", writer.attribute(block, "protocol"), Names::Nothing);
    writer.value("FromPort", writer.attribute(block, "from_port"), Names::Nothing);
    writer.value("ToPort", writer.attribute(block, "to_port"), Names::Nothing);
    source();
    writer.close();
  };
  bool any = false;
  const auto sources = [&](std::string_view attribute, std::string_view key, Names names) {
    const PlanAttribute list = writer.attribute(block, attribute);
    if (writer.absent(list)) return;
    any = true;
    if (writer.unknown(list) || writer.plan().kind(list.value) != NodeKind::Sequence) {
      return rule([&] { writer.unknownValue(key, writer.span(list), writer.keySpan(list)); });
    }
    const std::uint32_t count = sizeOf(writer, list);
    for (std::uint32_t i = 0; i < count; ++i) {
      rule([&] { writer.value(key, element(writer, list, i), names); });
    }
  };
  sources("cidr_blocks", "CidrIp", Names::Nothing);
  sources("ipv6_cidr_blocks", "CidrIpv6", Names::Nothing);
  sources("prefix_list_ids", "SourcePrefixListId", Names::Nothing);
  sources("security_groups", "SourceSecurityGroupId", Names::Resources);
  const PlanAttribute self = writer.attribute(block, "self");
  if (writer.unknown(self)) {
    any = true;
    rule([&] { writer.unknownValue("SourceSecurityGroupId", writer.span(self), writer.keySpan(self)); });
  } else if (writer.knownBoolean(self) == true) {
    any = true;
    rule([&] { writer.selfReference("SourceSecurityGroupId", writer.span(self), writer.keySpan(self)); });
  }
  if (!any) rule([] {});
}

void securityGroup(StackWriter& writer, const PlanObject& after) {
  writer.value("VpcId", writer.attribute(after, "vpc_id"), Names::Resources);
  const PlanAttribute ingress = writer.attribute(after, "ingress");
  if (writer.unknown(ingress)) {
    if (notConfigured(writer, after, "ingress")) return;
    return writer.unknownValue("SecurityGroupIngress", writer.span(ingress), writer.keySpan(ingress));
  }
  if (writer.absent(ingress)) return;
  if (writer.plan().kind(ingress.value) != NodeKind::Sequence)
    return writer.unknownValue("SecurityGroupIngress", writer.span(ingress), writer.keySpan(ingress));
  writer.openSequence("SecurityGroupIngress", writer.span(ingress), writer.keySpan(ingress));
  for (const PlanObject& block : writer.blocks(ingress)) inlineIngress(writer, block);
  writer.close();
}

// The group a rule resource adds to: one the plan does not name may be any planned group.
void groupId(StackWriter& writer, const PlanAttribute& group) {
  const Written written = writer.value("GroupId", group, Names::Resources);
  if (written == Written::Unknown || written == Written::Nothing) writer.undecided.ingressGroup = true;
}

// The first element of a source list (a rule with any source of the kind may admit the load balancer:
// only SourceSecurityGroupId is judged further).
void firstOf(StackWriter& writer, std::string_view key, const PlanAttribute& list) {
  if (writer.absent(list)) return;
  if (writer.unknown(list) || writer.plan().kind(list.value) != NodeKind::Sequence)
    return writer.unknownValue(key, writer.span(list), writer.keySpan(list));
  PlanAttribute first = element(writer, list, 0);
  if (first.value == kNoNode) return;
  writer.value(key, first, Names::Nothing);
}

// aws_security_group_rule: an ingress rule (type "ingress"; one whose type is unknown may be one).
bool securityGroupRule(StackWriter& writer, std::uint32_t resource) {
  const PlanObject after = writer.planObject(resource);
  const PlanAttribute type = writer.attribute(after, "type");
  if (const auto known = writer.knownString(type); known && *known != "ingress") return false;
  writer.beginResource(resource);
  const PlanAttribute group = writer.attribute(after, "security_group_id");
  groupId(writer, group);
  writer.value("IpProtocol", writer.attribute(after, "protocol"), Names::Nothing);
  writer.value("FromPort", writer.attribute(after, "from_port"), Names::Nothing);
  writer.value("ToPort", writer.attribute(after, "to_port"), Names::Nothing);
  firstOf(writer, "CidrIp", writer.attribute(after, "cidr_blocks"));
  firstOf(writer, "CidrIpv6", writer.attribute(after, "ipv6_cidr_blocks"));
  firstOf(writer, "SourcePrefixListId", writer.attribute(after, "prefix_list_ids"));
  writer.value("SourceSecurityGroupId", writer.attribute(after, "source_security_group_id"),
               Names::Resources);
  const PlanAttribute self = writer.attribute(after, "self");
  if (writer.unknown(self)) {
    writer.unknownValue("SourceSecurityGroupId", writer.span(self), writer.keySpan(self));
  } else if (writer.knownBoolean(self) == true) {
    // The group itself: written as the group is named.
    writer.value("SourceSecurityGroupId", group, Names::Resources);
  }
  writer.endResource();
  return true;
}

void vpcIngressRule(StackWriter& writer, const PlanObject& after) {
  groupId(writer, writer.attribute(after, "security_group_id"));
  writer.value("IpProtocol", writer.attribute(after, "ip_protocol"), Names::Nothing);
  writer.value("FromPort", writer.attribute(after, "from_port"), Names::Nothing);
  writer.value("ToPort", writer.attribute(after, "to_port"), Names::Nothing);
  writer.value("CidrIp", writer.attribute(after, "cidr_ipv4"), Names::Nothing);
  writer.value("CidrIpv6", writer.attribute(after, "cidr_ipv6"), Names::Nothing);
  writer.value("SourcePrefixListId", writer.attribute(after, "prefix_list_id"), Names::Nothing);
  writer.value("SourceSecurityGroupId", writer.attribute(after, "referenced_security_group_id"),
               Names::Resources);
}

void vpc(StackWriter& writer, const PlanObject& after) {
  writer.value("CidrBlock", writer.attribute(after, "cidr_block"), Names::Nothing);
}

void subnet(StackWriter& writer, const PlanObject& after) {
  writer.value("VpcId", writer.attribute(after, "vpc_id"), Names::Resources);
  writer.value("CidrBlock", writer.attribute(after, "cidr_block"), Names::Nothing);
  writer.value("MapPublicIpOnLaunch", writer.attribute(after, "map_public_ip_on_launch"), Names::Nothing);
}

void nothing(StackWriter&, const PlanObject&) {}

void natGateway(StackWriter& writer, const PlanObject& after) {
  writer.value("SubnetId", writer.attribute(after, "subnet_id"), Names::Resources);
}

// A route's destination and target, in aws_route's names (an inline route block's differ a little).
void routeTarget(StackWriter& writer, const PlanObject& route, bool inlineBlock) {
  writer.value("DestinationCidrBlock",
               writer.attribute(route, inlineBlock ? "cidr_block" : "destination_cidr_block"),
               Names::Nothing);
  writer.value("DestinationIpv6CidrBlock",
               writer.attribute(route, inlineBlock ? "ipv6_cidr_block" : "destination_ipv6_cidr_block"),
               Names::Nothing);
  writer.value("DestinationPrefixListId", writer.attribute(route, "destination_prefix_list_id"),
               Names::Nothing);
  writer.value("GatewayId", writer.attribute(route, "gateway_id"), Names::Resources);
  writer.value("NatGatewayId", writer.attribute(route, "nat_gateway_id"), Names::Resources);
  writer.value("TransitGatewayId", writer.attribute(route, "transit_gateway_id"), Names::Resources);
  writer.value("NetworkInterfaceId", writer.attribute(route, "network_interface_id"), Names::Nothing);
  writer.value("VpcPeeringConnectionId", writer.attribute(route, "vpc_peering_connection_id"),
               Names::Nothing);
  writer.value("CarrierGatewayId", writer.attribute(route, "carrier_gateway_id"), Names::Nothing);
  writer.value("LocalGatewayId", writer.attribute(route, "local_gateway_id"), Names::Nothing);
  writer.value("VpcEndpointId", writer.attribute(route, "vpc_endpoint_id"), Names::Resources);
  writer.value("EgressOnlyInternetGatewayId", writer.attribute(route, "egress_only_gateway_id"),
               Names::Nothing);
  writer.value("CoreNetworkArn", writer.attribute(route, "core_network_arn"), Names::Nothing);
  writer.value("InstanceId", writer.attribute(route, "instance_id"), Names::Nothing);
}

void route(StackWriter& writer, const PlanObject& after) {
  writer.value("RouteTableId", writer.attribute(after, "route_table_id"), Names::Resources);
  routeTarget(writer, after, false);
}

// A route of a table the template does not decide (the VPC's main table): a way out for the
// subnets that use the main table (network_paths.h), whatever it leads to.
void undecidedRoute(StackWriter& writer, std::uint32_t resource, std::string name, NodeId part,
                    const PlanObject* block) {
  writer.beginDerivedResource(resource, std::move(name), "AWS::EC2::Route", part);
  writer.unknownValue("RouteTableId", writer.span(part), {});
  if (block != nullptr) {
    routeTarget(writer, *block, true);
  } else {
    writer.unknownValue("GatewayId", writer.span(part), {});
  }
  writer.endResource();
}

// aws_route_table, whose inline `route` blocks become AWS::EC2::Route resources named
// `<address>.route[i]` (CloudFormation's route table has no routes of its own); and
// aws_default_route_table, the VPC's main table, which a template cannot name: its routes go to a
// table the template does not decide.
bool routeTable(StackWriter& writer, std::uint32_t resource, bool mainTable) {
  const PlanObject after = writer.planObject(resource);
  const PlanResource& planned = writer.resources()[resource];
  if (!mainTable) {
    writer.beginResource(resource);
    writer.value("VpcId", writer.attribute(after, "vpc_id"), Names::Resources);
    writer.endResource();
  }
  const PlanAttribute routes = writer.attribute(after, "route");
  const std::string prefix = std::string(planned.address) + ".route";
  // A route of this table, spanning `part`: `block`'s destination and target, or unknown ones.
  const auto writeRoute = [&](const std::string& name, NodeId part, const PlanObject* block) {
    if (mainTable) return undecidedRoute(writer, resource, name, part, block);
    writer.beginDerivedResource(resource, name, "AWS::EC2::Route", part);
    writer.openMapping("RouteTableId", writer.span(part), {});
    writer.text("Ref", planned.address, writer.span(part), writer.span(part));
    writer.close();
    if (block != nullptr) {
      routeTarget(writer, *block, true);
    } else {
      writer.unknownValue("GatewayId", writer.span(part), {});
    }
    writer.endResource();
  };
  if (writer.unknown(routes) ||
      (!writer.absent(routes) && writer.plan().kind(routes.value) != NodeKind::Sequence)) {
    if (writer.unknown(routes) && notConfigured(writer, after, "route")) return true;
    // Routes known only after apply: one route that may lead anywhere.
    writeRoute(prefix, routes.unknown != kNoNode ? routes.unknown : routes.value, nullptr);
    return true;
  }
  std::uint32_t index = 0;
  for (const PlanObject& block : writer.blocks(routes)) {
    writeRoute(prefix + "[" + std::to_string(index++) + "]", block.after, &block);
  }
  return true;
}

void routeTableAssociation(StackWriter& writer, const PlanObject& after) {
  // An association of a subnet the plan does not name may be any planned subnet's.
  if (writer.value("SubnetId", writer.attribute(after, "subnet_id"), Names::Resources) == Written::Unknown)
    writer.undecided.association = true;
  writer.value("RouteTableId", writer.attribute(after, "route_table_id"), Names::Resources);
}

void vpcEndpoint(StackWriter& writer, const PlanObject& after) {
  writer.value("VpcId", writer.attribute(after, "vpc_id"), Names::Resources);
  writer.value("ServiceName", writer.attribute(after, "service_name"), Names::Nothing);
  writer.value("VpcEndpointType", writer.attribute(after, "vpc_endpoint_type"), Names::Nothing);
  const PlanAttribute tables = writer.attribute(after, "route_table_ids");
  if (writer.undecided.endpointRouteTables) {
    // aws_vpc_endpoint_route_table_association adds tables the endpoint's list does not show.
    writer.unknownValue("RouteTableIds", writer.span(tables.value != kNoNode ? tables.value : after.after),
                        writer.keySpan(tables));
  } else {
    writer.list("RouteTableIds", tables, Names::Resources);
  }
}

void routePropagation(StackWriter& writer, const PlanObject& after) {
  const PlanAttribute table = writer.attribute(after, "route_table_id");
  writer.openSequence("RouteTableIds", writer.span(table), writer.keySpan(table));
  writer.value("", table, Names::Resources);
  writer.close();
}

}  // namespace

bool translateNetwork(StackWriter& writer, std::uint32_t resource, std::string_view type) {
  if (type == "aws_security_group_rule") return securityGroupRule(writer, resource);
  if (type == "aws_route_table") return routeTable(writer, resource, false);
  if (type == "aws_default_route_table") return routeTable(writer, resource, true);
  if (type == "aws_main_route_table_association") {
    // A planned table becomes the VPC's main table: subnets without an association use it.
    const PlanResource& planned = writer.resources()[resource];
    undecidedRoute(writer, resource, std::string(planned.address), planned.node, nullptr);
    return true;
  }
  void (*translate)(StackWriter&, const PlanObject&) = nullptr;
  if (type == "aws_security_group") {
    translate = securityGroup;
  } else if (type == "aws_vpc_security_group_ingress_rule") {
    translate = vpcIngressRule;
  } else if (type == "aws_vpc") {
    translate = vpc;
  } else if (type == "aws_subnet") {
    translate = subnet;
  } else if (type == "aws_internet_gateway") {
    translate = nothing;
  } else if (type == "aws_nat_gateway") {
    translate = natGateway;
  } else if (type == "aws_route") {
    translate = route;
  } else if (type == "aws_route_table_association") {
    translate = routeTableAssociation;
  } else if (type == "aws_vpc_endpoint") {
    translate = vpcEndpoint;
  } else if (type == "aws_vpn_gateway_route_propagation") {
    translate = routePropagation;
  } else {
    return false;
  }
  writer.beginResource(resource);
  translate(writer, writer.planObject(resource));
  writer.endResource();
  return true;
}

}  // namespace ecslint
