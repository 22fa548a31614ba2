// ECS801 execution-role-lacks-permissions: the template's execution role cannot do what the agent
// does with it for this task (pull from ECR, write awslogs, read secrets).
#include <algorithm>
#include <unordered_map>

#include "rules/checks.h"
#include "stack/execution_role_needs.h"
#include "stack/iam_policy.h"

namespace ecslint {
namespace {

// The managed policy in the stack's own partition.
constexpr std::string_view kManagedPolicyList =
    R"([{"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"}])";

// The execution role resource of a task: an AWS::IAM::Role of the template that surely exists.
const TemplateResource* executionRoleOf(const StackContext& context, const TaskDefinition& task) {
  if (task.executionRole.resource.empty()) return nullptr;
  const TemplateResource* role = context.graph.outline().resource(task.executionRole.resource);
  // Properties that are not a mapping: what the role holds is not known.
  if (role == nullptr || role->type != "AWS::IAM::Role" || role->properties == kNoNode ||
      TemplateGraph::conditional(*role))
    return nullptr;
  return role;
}

// How a message names what asks for the permission: its known text, else as written (`!Ref DbSecret`).
std::string subjectOf(const StackContext& context, const ExecutionRoleNeed& need) {
  constexpr std::size_t kLongest = 80;
  if (need.subject.empty() && need.resource.resource != nullptr)
    return std::string(need.resource.resource->logicalId);
  std::string text;
  if (need.subject.empty()) {
    // As written, on one line: a JSON template's `{"Fn::Join": …}` spans several.
    for (const char c : context.sourceText(need.node)) {
      const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (!space)
        text += c;
      else if (!text.empty() && text.back() != ' ')
        text += ' ';
    }
  } else {
    text = need.subject;
  }
  if (text.size() > kLongest) {
    text.resize(kLongest);
    // Not in the middle of a UTF-8 sequence: drop a cut character's bytes.
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0x80) != 0) text.pop_back();
    text += "...";
  }
  return text;
}

std::string describeNeed(const StackContext& context, const ExecutionRoleNeed& need) {
  const std::string container =
      need.container.empty()
          ? context.phrase("common.container.unnamed")
          : context.phrase("common.container.named", {{"name", std::string(need.container)}});
  switch (need.kind) {
    case NeedKind::EcrPull:
      return context.phrase("ECS801.need.ecr",
                            {{"container", container}, {"image", subjectOf(context, need)}});
    case NeedKind::Logs:
      return context.phrase("ECS801.need.logs",
                            {{"container", container}, {"group", subjectOf(context, need)}});
    case NeedKind::Secret:
      break;
  }
  return context.phrase("ECS801.need.secret",
                        {{"container", container}, {"secret", subjectOf(context, need)}});
}

// The managed policy alone would grant every missing action (it grants nothing for secrets).
bool managedPolicyCovers(const std::vector<std::string_view>& missing) {
  return std::all_of(missing.begin(), missing.end(), [](std::string_view action) {
    return action.starts_with("ecr:") || action.starts_with("logs:");
  });
}

std::string joined(const std::vector<std::string_view>& actions) {
  std::string text;
  for (const std::string_view action : actions) {
    if (!text.empty()) text += ", ";
    text += action;
  }
  return text;
}

// The needs as one phrase of the run's language.
std::string describeNeeds(const StackContext& context, const std::vector<const ExecutionRoleNeed*>& needs) {
  std::string text;
  for (const ExecutionRoleNeed* need : needs) {
    std::string item = describeNeed(context, *need);
    text =
        text.empty() ? std::move(item) : context.phrase("ECS801.need.join", {{"list", text}, {"item", item}});
  }
  return text;
}

}  // namespace

void checkExecutionRoleLacksPermissions(StackContext& context) {
  const PolicyAttachments attachments(context.graph);
  std::unordered_map<const TemplateResource*, RolePolicies> policiesByRole;  // each role read once
  for (const TaskDefinition& task : context.tasks) {
    const TemplateResource* role = executionRoleOf(context, task);
    if (role == nullptr) continue;
    const std::vector<ExecutionRoleNeed> needs = executionRoleNeeds(context.graph, task);
    if (needs.empty()) continue;
    auto [entry, added] = policiesByRole.try_emplace(role);
    if (added) entry->second = attachments.policiesOf(*role);
    const RolePolicies& policies = entry->second;
    if (!policies.complete) continue;

    std::vector<std::string_view> missing;
    std::vector<const ExecutionRoleNeed*> unmet;
    for (const ExecutionRoleNeed& need : needs) {
      bool met = true;
      for (const std::string_view action : need.actions) {
        if (policies.allows(action, need.resource) != Verdict::No) continue;
        met = false;
        if (std::find(missing.begin(), missing.end(), action) == missing.end()) missing.push_back(action);
      }
      if (!met && (unmet.empty() || unmet.back()->node != need.node)) unmet.push_back(&need);
    }
    if (missing.empty()) continue;

    const bool managedFits = managedPolicyCovers(missing);
    const std::string_view messageId = !managedFits         ? "ECS801.missing"
                                       : policies.anyPolicy ? "ECS801.missing.managed-policy"
                                                            : "ECS801.no-policy";
    context.report(valueOf(task.executionRoleArn.node), messageId,
                   {{"role", std::string(role->logicalId)},
                    {"actions", joined(missing)},
                    {"needs", describeNeeds(context, unmet)}});
    context.relate(keyOf(role->node), "ECS801.related.role", {{"role", std::string(role->logicalId)}});
    for (const ExecutionRoleNeed* need : unmet) {
      context.relate(valueOf(need->node), "ECS801.related.need", {{"need", describeNeed(context, *need)}});
    }
    // A role with no policy at all gets the managed policy: nothing it had is changed.
    if (managedFits && !policies.anyPolicy) {
      context.offerFix("ECS801.fix.managed-policy", {{"role", std::string(role->logicalId)}},
                       [&](Editor& editor) {
                         editor.setMember(role->properties, "ManagedPolicyArns",
                                          NewValue::json(std::string(kManagedPolicyList)));
                       });
    }
  }
}

}  // namespace ecslint
