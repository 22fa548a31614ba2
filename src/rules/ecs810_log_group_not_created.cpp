// ECS810 log-group-not-created: awslogs writes to a log group the template does not create, in a
// template that creates its log groups, and the agent is not asked to create it.
//
// No fix: `awslogs-create-group: "true"` would also need logs:CreateLogGroup on the task execution
// role (AmazonECSTaskExecutionRolePolicy does not grant it), so it is not a safe local edit.
#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

constexpr std::string_view kLogGroup = "AWS::Logs::LogGroup";
constexpr std::size_t kMaxRelatedLogGroups = 10;

// A name the template alone decides: known, without pseudo parameters or a parameter's default.
std::optional<std::string> decidedName(const TemplateValue& value) {
  if (!value.known() || value.pseudoParameters || !value.parameterDefaults.empty()) return std::nullopt;
  return value.text;
}

// The template's log groups and the names they create, or nothing when a name is not decided (any
// awslogs-group may then be it). A group without LogGroupName gets a generated name that only a
// Ref can reach.
struct LogGroups {
  std::vector<const TemplateResource*> resources;
  std::vector<std::optional<std::string>> names;  // per resource; nothing: generated
  std::unordered_set<std::string> created;        // the names, for one look-up per container
};

std::optional<LogGroups> readLogGroups(const TemplateGraph& graph) {
  LogGroups groups;
  for (const TemplateResource& resource : graph.outline().resources()) {
    const NodeId nameNode = graph.property(resource, "LogGroupName");
    const bool logGroup = resource.type == kLogGroup;
    if (!logGroup && nameNode == kNoNode) continue;
    std::optional<std::string> name;
    if (nameNode != kNoNode) name = decidedName(graph.evaluate(nameNode));
    if (!logGroup) {
      // Another resource that names a log group: CDK's Custom::LogRetention creates it, a
      // subscription filter says it exists. Either way it is not missing; a custom resource whose
      // name is not decided may create any group.
      if (name) groups.created.insert(*name);
      if (!name && resource.type.starts_with("Custom::")) return std::nullopt;
      continue;
    }
    if (nameNode != kNoNode && !name) return std::nullopt;
    groups.resources.push_back(&resource);
    if (name) groups.created.insert(*name);
    groups.names.push_back(std::move(name));
  }
  return groups;
}

// Whether the agent is surely not asked to create the group. Any awslogs-create-group counts: "true"
// creates it, and ECS rejects every other value when the task definition is registered (ECS305).
bool createsNoGroup(const LogConfiguration& log) { return log.option("awslogs-create-group") == nullptr; }

}  // namespace

void checkLogGroupNotCreated(StackContext& context) {
  const TemplateGraph& graph = context.graph;
  if (graph.resourcesOfType(kLogGroup).empty()) return;
  std::optional<std::optional<LogGroups>> groups;  // read once, when a container needs them
  for (const TaskDefinition& task : context.tasks) {
    for (const Container& container : task.containers) {
      const auto& log = container.logConfiguration;
      if (!log || !log->logDriver.is("awslogs") || log->optionsPresence != Presence::Known) continue;
      const LogOption* group = log->option("awslogs-group");
      if (group == nullptr || group->value.node == kNoNode || !createsNoGroup(*log)) continue;
      // A Ref (or any reference) to a resource: the template's log group, or nothing decided.
      const TemplateValue value = graph.evaluate(group->value.node);
      const auto name = decidedName(value);
      if (!name) continue;
      if (!groups) groups = readLogGroups(graph);
      if (!*groups) return;
      const LogGroups& created = **groups;
      // A group with a Condition may be created: it may be this one only when the names agree.
      if (created.created.contains(*name)) continue;
      context.report(valueOf(group->value.node), "ECS810.not-created",
                     {{"container", describeContainer(context, container)},
                      {"group", *name},
                      {"log_group", std::string(created.resources.front()->logicalId)}});
      // The first few are enough to show what the template names its groups; a template of hundreds
      // of groups would otherwise repeat them all at every finding.
      for (std::size_t i = 0; i < std::min(created.resources.size(), kMaxRelatedLogGroups); ++i) {
        const std::string resource(created.resources[i]->logicalId);
        if (created.names[i]) {
          context.relate(keyOf(created.resources[i]->node), "ECS810.related-log-group",
                         {{"resource", resource}, {"name", *created.names[i]}});
        } else {
          context.relate(keyOf(created.resources[i]->node), "ECS810.related-log-group-generated",
                         {{"resource", resource}});
        }
      }
    }
  }
}

}  // namespace ecslint
