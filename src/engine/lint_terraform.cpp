// A Terraform plan (or state) through the linter. Each aws_ecs_task_definition the plan creates or
// changes is read as the ECS API receives it (terraform/task_definition_view.h) and checked like an
// API file; the plan as a whole is read as a CloudFormation template (terraform/stack_template.h)
// for the stack rules, which also give each task the launch type of the service that runs it.
// Findings are then made a plan's: named by the resource's address, pointed at from the resource's
// planned values in Terraform's names, sensitive values never quoted, and without fixes (the plan
// is Terraform's output; what to change is in the configuration it was made from). Only resources
// the plan creates or changes are reported on: a plan that leaves a resource as it is, or fixes an
// old mistake, is not blamed for it. A plan that changes only what stands around a task definition
// it keeps (a service, a role) still has the stack rules run, against the task as planned.
#include <algorithm>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>

#include "check/finding_limits.h"
#include "cloudformation/template_resolver.h"
#include "engine/linter.h"
#include "model/key_spelling.h"
#include "model/model_builder.h"
#include "stack/ecs_service.h"
#include "stack/stack_context.h"
#include "stack/template_graph.h"
#include "terraform/sensitive_values.h"
#include "terraform/stack_property_names.h"
#include "terraform/stack_resource_types.h"
#include "terraform/stack_template.h"
#include "terraform/task_definition_view.h"

namespace ecslint {
namespace {

// The plan read as a template, and what the stack rules read of it. Built once per plan.
struct PlanStack {
  explicit PlanStack(StackTemplate built)
      : stack(std::move(built)),
        outline(stack.document),
        resolver(stack.document, outline),
        graph(stack.document, outline, resolver.evaluator()),
        services(readEcsServices(graph)) {}

  // The launch type of the services that run the task definition at `address`, if they agree.
  std::optional<ServiceLaunchType> serviceLaunchType(std::string_view address) const {
    const TemplateResource* resource = outline.resource(address);
    return resource == nullptr ? std::nullopt : serviceLaunchTypeFor(services, *resource);
  }

  StackTemplate stack;
  TemplateOutline outline;
  TemplateResolver resolver;
  TemplateGraph graph;
  std::vector<EcsService> services;
};

// The planned resource whose entry (resource_changes[i], or a state's resource) holds a place in
// the plan, found by binary search: entries are disjoint objects of the plan. The whole entry
// counts, not only its planned values: a value known only after apply is written in after_unknown
// (a stack finding about it points at its `true` there), and a resource as a whole at its address.
class PlanResourceIndex {
 public:
  PlanResourceIndex(const Document& plan, std::span<const PlanResource> resources) : plan_(plan) {
    for (const PlanResource& resource : resources) byPosition_.push_back(&resource);
    std::sort(byPosition_.begin(), byPosition_.end(), [&](const PlanResource* a, const PlanResource* b) {
      return entry(*a).begin < entry(*b).begin;
    });
  }

  const PlanResource* containing(ByteRange range) const {
    const auto after = std::upper_bound(
        byPosition_.begin(), byPosition_.end(), range.begin,
        [&](std::uint32_t offset, const PlanResource* r) { return offset < entry(*r).begin; });
    if (after == byPosition_.begin()) return nullptr;
    const PlanResource* resource = *(after - 1);
    return range.end <= entry(*resource).end ? resource : nullptr;
  }

 private:
  ByteRange entry(const PlanResource& resource) const {
    return plan_.node(resource.node != kNoNode ? resource.node : resource.values.after).span;
  }

  const Document& plan_;
  std::vector<const PlanResource*> byPosition_;
};

// The innermost value of the plan at `range`: the member whose key or value holds it. The node
// table is in pre-order, where values start in increasing order, so both are binary searches and a
// walk up the parents: no finding costs more than the depth of the plan.
NodeId planNodeAt(const Document& plan, NodeId within, ByteRange range) {
  const NodeId end = within + plan.node(within).subtreeSize;
  NodeId low = within;
  NodeId high = end;  // the first node after `within` that starts past range.begin
  while (low < high) {
    const NodeId middle = low + (high - low) / 2;
    if (plan.node(middle).span.begin <= range.begin) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  // A finding on a member's key lies just before the member's value: the next node.
  if (low < end) {
    const ByteRange key = plan.node(low).keySpan;
    if (key.begin <= range.begin && range.end <= key.end && key.end > key.begin) return low;
  }
  NodeId node = low == within ? within : low - 1;
  while (node != within &&
         !(plan.node(node).span.begin <= range.begin && range.end <= plan.node(node).span.end)) {
    node = plan.node(node).parent;
  }
  return node;
}

// A finding's pointer in a plan: from the resource's planned values, in Terraform's names
// (`/execution_role_arn`, `/load_balancer/0/container_port`), so that it stays the same when other
// resources join the plan (baselines match pointers). Inside container_definitions it goes on into
// the JSON the string holds, as the view's pointer says (`/container_definitions/0/portMappings/0`).
// A place in after_unknown (a value known only after apply, which the stack rules follow through
// the configuration) has the same pointer as its place in `after` would: the two have one shape. A
// place elsewhere in the entry (its address, where the stack rules name a resource as a whole) is
// the resource itself: "".
std::string planPointer(const Document& plan, const PlanResource& resource, ByteRange range,
                        std::string_view viewPointer) {
  const auto holds = [&](NodeId values) {
    if (values == kNoNode) return false;
    const ByteRange span = plan.node(values).span;
    return span.begin <= range.begin && range.end <= span.end;
  };
  const NodeId after = holds(resource.values.after)     ? resource.values.after
                       : holds(resource.values.unknown) ? resource.values.unknown
                                                        : kNoNode;
  if (after == kNoNode) return "";
  const NodeId node = planNodeAt(plan, after, range);
  if (node == after) return "";
  const std::string base = plan.pointer(after);
  std::string pointer = plan.pointer(node).substr(base.size());
  constexpr std::string_view kContainers = "/containerDefinitions";
  if (plan.node(node).parent == after && plan.keyName(node) == "container_definitions" &&
      viewPointer.starts_with(kContainers)) {
    pointer += viewPointer.substr(kContainers.size());
  }
  return pointer;
}

// Marks the findings whose lines (or their related locations' lines) hold a value the plan marks
// sensitive, anywhere in it, so that no reporter quotes the source around them: the message is
// redacted, but `terraform show -json` writes the value itself in plain text on that line.
void markNearSensitive(std::span<Finding> findings, const Document& plan) {
  if (findings.empty()) return;
  const std::vector<ByteRange> spans = planSensitiveSpans(plan);
  if (spans.empty()) return;
  const SensitiveLines lines(plan.source(), spans);
  for (Finding& finding : findings) {
    finding.nearSensitive = lines.near(finding.range) ||
                            std::any_of(finding.related.begin(), finding.related.end(),
                                        [&](const RelatedLocation& at) { return lines.near(at.range); });
  }
}

// The task definitions that stack findings touch, each read once through its API view
// (terraform/task_definition_view.h), when a finding first touches it: stack findings are few
// (kMaxFindingsPerFile), task definitions may be thousands.
class TouchedTasks {
 public:
  TouchedTasks(const Document& plan, std::uint32_t maxValues) : plan_(plan), maxValues_(maxValues) {}

  // The view's pointer of the place `range` inside `resource`'s container_definitions
  // (`/containerDefinitions/0/logConfiguration/options/awslogs-group`), which planPointer appends
  // to `/container_definitions`; "" for another resource or a place the view does not hold.
  std::string pointer(const PlanResource& resource, ByteRange range) {
    const Task* touched = task(resource);
    if (touched == nullptr || !touched->view) return "";
    const Document& view = *touched->view;
    // A value, a key, or the start of an object (a finding about what an object lacks marks its
    // opening brace). A linear scan: a view is one task definition.
    NodeId starting = kNoNode;
    for (NodeId node = 0; node < view.nodeCount(); ++node) {
      const ByteRange span = view.node(node).span;
      const ByteRange key = view.node(node).keySpan;
      if ((span.begin == range.begin && span.end == range.end) ||
          (key.end > key.begin && key.begin == range.begin && key.end == range.end))
        return view.pointer(node);
      if (starting == kNoNode && span.begin == range.begin && range.end <= span.end) starting = node;
    }
    return starting == kNoNode ? "" : view.pointer(starting);
  }

  // Keeps the sensitive values of the task definition `resource` (if it is one) out of `finding`:
  // a stack finding may quote them (a secret's ARN read from its container_definitions).
  void redact(const PlanResource* resource, Finding& finding, Language language) {
    if (resource == nullptr) return;
    if (const Task* touched = task(*resource)) touched->sensitive.redact(finding, language);
  }

 private:
  struct Task {
    std::optional<Document> view;  // none when the task definition cannot be read
    SensitiveValues sensitive;
  };

  const Task* task(const PlanResource& resource) {
    if (resource.type != "aws_ecs_task_definition") return nullptr;
    auto [found, inserted] = tasks_.try_emplace(resource.address);
    if (inserted) {
      if (auto view = buildTaskDefinitionView(plan_, resource.values, maxValues_)) {
        found->second.sensitive = SensitiveValues(view->document, view->sensitive);
        found->second.view = std::move(view->document);
      }
    }
    return &found->second;
  }

  const Document& plan_;
  std::uint32_t maxValues_;
  std::unordered_map<std::string_view, Task> tasks_;
};

}  // namespace

void Linter::lintTerraform(FileReport& report, const Document& plan, TerraformOutput kind) const {
  report.isTerraformPlan = true;
  const std::vector<PlanResource> resources = readPlanResources(plan, kind);
  const auto linted = [](const PlanResource& resource) {
    return resource.type == "aws_ecs_task_definition" && resource.changing;
  };
  // A plan that changes only what stands around a task definition (a service's load balancer, a
  // role's policies) can break it too: the stack rules run whenever the plan holds a task
  // definition and changes something they read.
  const auto taskDefinition = [](const PlanResource& resource) {
    return resource.type == "aws_ecs_task_definition";
  };
  const auto stackChange = [](const PlanResource& resource) {
    return resource.changing && stackResourceType(resource.type) != nullptr;
  };
  if (std::none_of(resources.begin(), resources.end(), taskDefinition) ||
      std::none_of(resources.begin(), resources.end(), stackChange)) {
    markNearSensitive(report.findings, plan);
    return;
  }
  report.isTaskDefinition = true;

  std::optional<PlanStack> stack;
  if (auto built = buildStackTemplate(plan, resources)) {
    stack.emplace(std::move(*built));
  } else {
    reportUnreadableValue(report, built.error());
  }
  const PlanResourceIndex index(plan, resources);
  for (const PlanResource& resource : resources) {
    if (!linted(resource)) continue;
    if (report.findings.size() >= kMaxFindingsPerFile) break;
    const std::optional<ServiceLaunchType> service =
        stack ? stack->serviceLaunchType(resource.address) : std::nullopt;
    checkTerraformTask(report, plan, resource, service ? std::optional(service->type) : options_.launchType,
                       service ? service->service->resource->logicalId : std::string_view());
  }
  if (!stack || stackChecks_.empty()) {
    markNearSensitive(report.findings, plan);
    return;
  }

  // The stack rules read the task definitions as the template holds them, in its spelling.
  std::vector<TaskDefinition> tasks;
  for (const TemplateResource& resource : stack->outline.resources()) {
    if (resource.type != "AWS::ECS::TaskDefinition" || resource.properties == kNoNode) continue;
    const std::optional<ServiceLaunchType> service = stack->serviceLaunchType(resource.logicalId);
    const InputShapeInfo shape{InputShape::TaskDefinition, resource.properties, kNoNode};
    tasks.push_back(buildTaskDefinition(stack->stack.document, shape,
                                        service ? std::optional(service->type) : options_.launchType,
                                        Dialect::CloudFormation, &stack->resolver));
    tasks.back().origin = TaskOrigin{resource.logicalId, resource.constructPath, resource.node};
    if (service && tasks.back().launchTypes.assumed)
      tasks.back().launchTypes.assumedFrom = service->service->resource->logicalId;
  }
  const std::size_t begin = report.findings.size();
  checkStack(report, Stack{stack->graph, stack->services, tasks, /*fromTerraformPlan=*/true});
  TouchedTasks touched(plan, options_.limits.maxValues);
  std::vector<Finding> kept;
  for (Finding& finding : std::span(report.findings).subspan(begin)) {
    const PlanResource* resource = index.containing(finding.range);
    if (resource == nullptr || !resource->changing) continue;
    const TemplateResource* templateResource = stack->outline.resource(resource->address);
    const std::string_view templateType = templateResource == nullptr ? "" : templateResource->type;
    const auto spell = [&](std::string_view word) -> std::optional<std::string> {
      const auto name = terraformPropertyName(templateType, word);
      return name ? std::optional<std::string>(*name) : std::nullopt;
    };
    finding.fix.reset();
    touched.redact(resource, finding, options_.language);
    for (const RelatedLocation& related : finding.related)
      touched.redact(index.containing(related.range), finding, options_.language);
    finding.message = respellNames(finding.message, spell);
    for (MessageArg& argument : finding.messageData.arguments)
      argument.value = respellNames(argument.value, spell);
    for (RelatedLocation& related : finding.related) {
      related.message = respellNames(related.message, spell);
      if (const PlanResource* at = index.containing(related.range))
        related.pointer = planPointer(plan, *at, related.range, touched.pointer(*at, related.range));
    }
    finding.pointer = planPointer(plan, *resource, finding.range, touched.pointer(*resource, finding.range));
    finding.resource = std::make_shared<const ResourceLocation>(
        ResourceLocation{std::string(resource->type), std::string(resource->address), ""});
    kept.push_back(std::move(finding));
  }
  report.findings.resize(begin);
  std::move(kept.begin(), kept.end(), std::back_inserter(report.findings));
  markNearSensitive(report.findings, plan);
}

void Linter::checkTerraformTask(FileReport& report, const Document& plan, const PlanResource& resource,
                                std::optional<LaunchType> launchType, std::string_view serviceAddress) const {
  const auto location = std::make_shared<const ResourceLocation>(
      ResourceLocation{std::string(resource.type), std::string(resource.address), ""});
  auto view = buildTaskDefinitionView(plan, resource.values, options_.limits.maxValues);
  if (!view) {
    reportUnreadableValue(report, view.error());
    if (!report.findings.empty()) report.findings.back().resource = location;
    return;
  }
  const Document& document = view->document;
  FileReport found;
  if (view->containerError)
    reportUnreadableValue(found, *view->containerError, "ECS001.terraform.container-definitions");
  reportDuplicates(found, document);
  const InputShapeInfo shape{InputShape::TaskDefinition, Document::rootId(), kNoNode};
  TaskDefinition task = buildTaskDefinition(document, shape, launchType);
  task.origin = TaskOrigin{resource.address, "", kNoNode};
  if (task.launchTypes.assumed && !serviceAddress.empty()) task.launchTypes.assumedFrom = serviceAddress;
  checkTask(found, document, task, Dialect::EcsApi);

  const SensitiveValues sensitive(document, view->sensitive);
  for (Finding& finding : found.findings) {
    finding.fix.reset();
    // Redacted first: redacting renders the message again from the catalogue's API-spelt text.
    sensitive.redact(finding, options_.language);
    finding.message = respellForTerraform(finding.message);
    for (MessageArg& argument : finding.messageData.arguments)
      argument.value = respellForTerraform(argument.value);
    for (RelatedLocation& related : finding.related) {
      related.message = respellForTerraform(related.message);
      related.pointer = planPointer(plan, resource, related.range, related.pointer);
    }
    finding.pointer = planPointer(plan, resource, finding.range, finding.pointer);
    finding.resource = location;
    if (report.findings.size() >= kMaxFindingsPerFile) break;
    report.findings.push_back(std::move(finding));
  }
}

}  // namespace ecslint
