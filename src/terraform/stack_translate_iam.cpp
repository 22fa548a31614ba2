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

// Whether a planned instance a role attribute names is a role, named as such an attribute holds a
// role: by its id or name, or the instance alone.
bool namesRole(const StackWriter& writer, const PlanTarget& target) {
  return writer.resources()[target.resource].type == "aws_iam_role" &&
         (target.attribute == "id" || target.attribute == "name" || target.attribute.empty());
}

// The planned roles aws_iam_policy_attachment's `roles` (a set of role names) names, or nothing
// when the plan does not decide every one of them. No roles at all (a policy attached to users or
// groups only): none.
std::optional<std::vector<std::uint32_t>> attachedRoles(const StackWriter& writer, std::uint32_t attachment) {
  const PlanAttribute roles = writer.attribute(writer.planObject(attachment), "roles");
  std::vector<std::uint32_t> found;
  if (writer.absent(roles)) return found;
  if (writer.unknown(roles)) {
    const auto targets = writer.references().resolve(attachment, roles.expression);
    if (!targets) return std::nullopt;
    for (const PlanTarget& target : *targets) {
      if (!namesRole(writer, target)) return std::nullopt;
      found.push_back(target.resource);
    }
    return found;
  }
  const Document& plan = writer.plan();
  if (plan.kind(roles.value) != NodeKind::Sequence) return std::nullopt;
  for (NodeId item = plan.firstChild(roles.value); item != kNoNode; item = plan.nextSibling(item)) {
    // A role the plan does not create (no planned role has the name) gets the policy elsewhere;
    // an element known only after apply may be any role.
    if (plan.kind(item) != NodeKind::String) return std::nullopt;
    const auto target = writer.references().byValue(plan.text(item), attachment);
    if (!target) continue;
    if (!namesRole(writer, *target)) return std::nullopt;
    found.push_back(target->resource);
  }
  return found;
}

}  // namespace

void indexRoleAttachments(StackWriter& writer) {
  const auto resources = writer.resources();
  writer.attachmentsOf.assign(resources.size(), {});
  writer.attachedToPlannedRole.assign(resources.size(), false);
  for (std::uint32_t i = 0; i < resources.size(); ++i) {
    if (resources[i].type == "aws_iam_policy_attachment") {
      // One policy attached to any number of roles (and users, groups): each role lists it.
      const auto roles = attachedRoles(writer, i);
      if (!roles) continue;
      for (const std::uint32_t role : *roles) writer.attachmentsOf[role].push_back(i);
      writer.attachedToPlannedRole[i] = true;
      continue;
    }
    if (resources[i].type != "aws_iam_role_policy_attachment") continue;
    const PlanAttribute roleName = writer.attribute(writer.planObject(i), "role");
    std::optional<PlanTarget> target;
    if (const auto known = writer.knownString(roleName)) {
      target = writer.references().byValue(*known, i);
    } else if (writer.unknown(roleName)) {
      const auto targets = writer.references().resolve(i, roleName.expression);
      if (targets && targets->size() == 1) target = targets->front();
    }
    if (!target || !namesRole(writer, *target)) continue;
    writer.attachmentsOf[target->resource].push_back(i);
    writer.attachedToPlannedRole[i] = true;
  }
}

bool translateIam(StackWriter& writer, std::uint32_t resource, std::string_view type) {
  const PlanObject after = writer.planObject(resource);
  if (type == "aws_iam_role_policy_attachment" || type == "aws_iam_policy_attachment") {
    if (resource < writer.attachedToPlannedRole.size() && writer.attachedToPlannedRole[resource])
      return true;  // listed by its roles
    writer.beginResource(resource);
    if (type == "aws_iam_role_policy_attachment") {
      undecidedAttachment(writer, after);
    } else {
      // Roles the plan does not decide: it may be any planned role's.
      const PlanAttribute roles = writer.attribute(after, "roles");
      writer.unknownValue("Roles", writer.span(roles), writer.keySpan(roles));
      writer.unknownValue("PolicyDocument", writer.span(writer.attribute(after, "policy_arn")), {});
    }
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
