#include "terraform/stack_template.h"

#include <string>

#include "terraform/plan_references.h"
#include "terraform/stack_resource_types.h"
#include "terraform/stack_translations.h"
#include "terraform/stack_writer.h"

namespace ecslint {
namespace {

// What the plan leaves undecided about resources other than the one that says it is written once,
// at the end of the template, where no finding points (so resources stay in the plan's order).
//
// A listener forwarding to a target group the plan does not name may forward to any planned target
// group: one listener rule of no decided listener names them all, and the load balancers in front of
// each are then not all known (security_group_ingress.h: NotFound).
void writeUndecidedForwards(StackWriter& writer, std::span<const PlanResource> resources, ByteRange end) {
  writer.openMapping("(a listener the plan does not decide)", end, end);
  writer.text("Type", "AWS::ElasticLoadBalancingV2::ListenerRule", end, end);
  writer.openMapping("Properties", end, end);
  writer.unknownValue("ListenerArn", end, end);
  writer.openSequence("Actions", end, end);
  for (std::uint32_t i = 0; i < resources.size(); ++i) {
    if (resources[i].type != "aws_lb_target_group" && resources[i].type != "aws_alb_target_group") continue;
    writer.openMapping("", end, end);
    writer.reference("TargetGroupArn", PlanTarget{i, ""}, end, end);
    writer.close();
  }
  writer.close();
  writer.close();
  writer.close();
}

// A subnet association the plan does not decide may be any planned subnet's: each subnet gets one
// to a table the template does not decide, so none has routes the template decides
// (network_paths.h: a subnet with two associations, or one to an unknown table).
void writeUndecidedAssociations(StackWriter& writer, std::span<const PlanResource> resources, ByteRange end) {
  for (std::uint32_t i = 0; i < resources.size(); ++i) {
    if (resources[i].type != "aws_subnet") continue;
    writer.openMapping(
        "(a route table association the plan does not decide) " + std::string(resources[i].address), end,
        end);
    writer.text("Type", "AWS::EC2::SubnetRouteTableAssociation", end, end);
    writer.openMapping("Properties", end, end);
    writer.reference("SubnetId", PlanTarget{i, ""}, end, end);
    writer.unknownValue("RouteTableId", end, end);
    writer.close();
    writer.close();
  }
}

// An ingress rule of a security group the plan does not name may open any planned group: the
// template's Outputs name them all, as a template names what another stack may add rules to
// (security_group_ingress.h, resourcesNamedByOutputs).
void writeUndecidedIngress(StackWriter& writer, std::span<const PlanResource> resources, ByteRange end) {
  writer.openMapping("Outputs", end, end);
  writer.openMapping("(ingress rules the plan does not decide)", end, end);
  writer.openSequence("Value", end, end);
  for (std::uint32_t i = 0; i < resources.size(); ++i) {
    if (resources[i].type == "aws_security_group") writer.reference("", PlanTarget{i, ""}, end, end);
  }
  writer.close();
  writer.close();
  writer.close();
}

}  // namespace

Result<StackTemplate, DocumentError> buildStackTemplate(const Document& plan,
                                                        std::span<const PlanResource> resources) {
  const PlanReferences references(plan, resources);
  StackWriter writer(plan, resources, references);
  for (const PlanResource& resource : resources) {
    if (resource.type == "aws_vpc_endpoint_route_table_association")
      writer.undecided.endpointRouteTables = true;
  }
  indexRoleAttachments(writer);
  for (std::uint32_t i = 0; i < resources.size(); ++i) {
    const std::string_view type = resources[i].type;
    // Each translation takes the types it knows; the first that does writes the resource.
    const bool written = translateTaskDefinition(writer, i, type) ||
                         translateLoadBalancing(writer, i, type) || translateNetwork(writer, i, type) ||
                         translateIam(writer, i, type);
    (void)written;
  }
  const std::uint32_t last = plan.empty() ? 0 : plan.node(Document::rootId()).span.end;
  if (writer.undecided.forward) writeUndecidedForwards(writer, resources, {last, last});
  if (writer.undecided.association) writeUndecidedAssociations(writer, resources, {last, last});
  writer.endResources();
  if (writer.undecided.ingressGroup) writeUndecidedIngress(writer, resources, {last, last});
  auto document = std::move(writer).finish();
  if (!document) return makeError(std::move(document.error()));
  return StackTemplate{std::move(*document)};
}

}  // namespace ecslint
