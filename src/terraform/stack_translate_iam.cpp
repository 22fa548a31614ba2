// IAM roles and policies (ECS801, ECS802 read them through iam_policy.h) and log groups (ECS810).
// Policies are JSON-encoded strings in a plan (assume_role_policy, policy): parsed into the
// template as the documents CloudFormation writes inline, spans in the plan.
#include "terraform/stack_translations.h"

namespace ecslint {
namespace {

using Names = StackWriter::Names;

// Whether the resource's configuration leaves `attribute` out: inline_policy and
// managed_policy_arns are computed when not written (they then show what other resources attach,
// which the template holds as those resources).
bool notConfigured(const StackWriter& writer, const PlanObject& after, std::string_view attribute) {
  return after.expressions != kNoNode && writer.plan().member(after.expressions, attribute) == kNoNode;
}

// aws_iam_role -> AWS::IAM::Role: its name, trust policy, inline policies and managed policies, the
// policies of aws_iam_role_policy_attachment resources that name it among them.
void role(StackWriter& writer, std::uint32_t resource, const PlanObject& after) {
  writer.value("RoleName", writer.attribute(after, "name"), Names::Nothing);
  writer.json("AssumeRolePolicyDocument", writer.attribute(after, "assume_role_policy"));
  const PlanAttribute inlinePolicies = writer.attribute(after, "inline_policy");
  if (writer.unknown(inlinePolicies)) {
    if (!notConfigured(writer, after, "inline_policy"))
      writer.unknownValue("Policies", writer.span(inlinePolicies), writer.keySpan(inlinePolicies));
  } else if (!writer.absent(inlinePolicies)) {
    std::vector<PlanObject> blocks = writer.blocks(inlinePolicies);
    // The provider writes a role without inline policies as one block of empty strings.
    std::erase_if(blocks, [&](const PlanObject& block) {
      return writer.absent(writer.attribute(block, "name")) &&
             writer.absent(writer.attribute(block, "policy"));
    });
    if (writer.plan().kind(inlinePolicies.value) != NodeKind::Sequence) {
      writer.unknownValue("Policies", writer.span(inlinePolicies), writer.keySpan(inlinePolicies));
    } else if (!blocks.empty()) {
      writer.openSequence("Policies", writer.span(inlinePolicies), writer.keySpan(inlinePolicies));
      for (const PlanObject& block : blocks) {
        writer.openMapping("", writer.span(block.after), {});
        writer.value("PolicyName", writer.attribute(block, "name"), Names::Nothing);
        writer.json("PolicyDocument", writer.attribute(block, "policy"));
        writer.close();
      }
      writer.close();
    }
  }
  const PlanAttribute managed = writer.attribute(after, "managed_policy_arns");
  static const std::vector<std::uint32_t> kNone;
  const std::vector<std::uint32_t>& attachments =
      resource < writer.attachmentsOf.size() ? writer.attachmentsOf[resource] : kNone;
  const bool managedUnknown = writer.unknown(managed) && !notConfigured(writer, after, "managed_policy_arns");
  if (managedUnknown) {
    writer.unknownValue("ManagedPolicyArns", writer.span(managed), writer.keySpan(managed));
    return;
  }
  const bool listed = !writer.unknown(managed) && !writer.absent(managed);
  if (listed && writer.plan().kind(managed.value) != NodeKind::Sequence)
    return writer.unknownValue("ManagedPolicyArns", writer.span(managed), writer.keySpan(managed));
  if (!listed && attachments.empty()) return;
  writer.openSequence("ManagedPolicyArns", listed ? writer.span(managed) : writer.span(after.after),
                      writer.keySpan(managed));
  if (listed) {
    // Each ARN through list(): a planned aws_iam_policy's becomes a reference to it.
    writer.elements(managed, Names::Resources);
  }
  for (const std::uint32_t attachment : attachments) {
    const PlanObject attached = writer.planObject(attachment);
    writer.value("", writer.attribute(attached, "policy_arn"), Names::Resources);
  }
  writer.close();
}

void rolePolicy(StackWriter& writer, const PlanObject& after) {
  writer.value("RoleName", writer.attribute(after, "role"), Names::Resources);
  writer.value("PolicyName", writer.attribute(after, "name"), Names::Nothing);
  writer.json("PolicyDocument", writer.attribute(after, "policy"));
}

void managedPolicy(StackWriter& writer, const PlanObject& after) {
  writer.value("ManagedPolicyName", writer.attribute(after, "name"), Names::Nothing);
  writer.json("PolicyDocument", writer.attribute(after, "policy"));
}

// An attachment to a role the plan does not name: it may be any planned role's (iam_policy.h: a
// policy whose Roles are not decided makes every role's policies incomplete).
void undecidedAttachment(StackWriter& writer, const PlanObject& after) {
  const PlanAttribute roleName = writer.attribute(after, "role");
  writer.openSequence("Roles", writer.span(roleName), writer.keySpan(roleName));
  writer.value("", roleName, Names::Resources);
  writer.close();
  writer.unknownValue("PolicyDocument", writer.span(writer.attribute(after, "policy_arn")), {});
}

void logGroup(StackWriter& writer, const PlanObject& after) {
  writer.value("LogGroupName", writer.attribute(after, "name"), Names::Nothing);
}

}  // namespace

void indexRoleAttachments(StackWriter& writer) {
  const auto resources = writer.resources();
  writer.attachmentsOf.assign(resources.size(), {});
  writer.attachedToPlannedRole.assign(resources.size(), false);
  for (std::uint32_t i = 0; i < resources.size(); ++i) {
    if (resources[i].type != "aws_iam_role_policy_attachment") continue;
    const PlanAttribute roleName = writer.attribute(writer.planObject(i), "role");
    std::optional<PlanTarget> target;
    if (const auto known = writer.knownString(roleName)) {
      target = writer.references().byValue(*known, i);
    } else if (writer.unknown(roleName)) {
      const auto targets = writer.references().resolve(i, roleName.expression);
      if (targets && targets->size() == 1) target = targets->front();
    }
    // The role attribute holds a name: the role's id or name, or the instance alone.
    if (!target || resources[target->resource].type != "aws_iam_role" ||
        (target->attribute != "id" && target->attribute != "name" && !target->attribute.empty()))
      continue;
    writer.attachmentsOf[target->resource].push_back(i);
    writer.attachedToPlannedRole[i] = true;
  }
}

bool translateIam(StackWriter& writer, std::uint32_t resource, std::string_view type) {
  const PlanObject after = writer.planObject(resource);
  if (type == "aws_iam_role_policy_attachment") {
    if (resource < writer.attachedToPlannedRole.size() && writer.attachedToPlannedRole[resource])
      return true;  // listed by its role
    writer.beginResource(resource);
    undecidedAttachment(writer, after);
    writer.endResource();
    return true;
  }
  if (type == "aws_iam_role") {
    writer.beginResource(resource);
    role(writer, resource, after);
    writer.endResource();
    return true;
  }
  void (*translate)(StackWriter&, const PlanObject&) = nullptr;
  if (type == "aws_iam_role_policy") {
    translate = rolePolicy;
  } else if (type == "aws_iam_policy") {
    translate = managedPolicy;
  } else if (type == "aws_cloudwatch_log_group") {
    translate = logGroup;
  } else {
    return false;
  }
  writer.beginResource(resource);
  translate(writer, after);
  writer.endResource();
  return true;
}

}  // namespace ecslint
