#pragma once
// What a stack check (ECS8xx) sees: the template's graph, its services, and the model of each of
// its task definitions; it reports as task checks do (FindingReporter), at nodes anywhere in the
// template. Messages name resources by logical id.

#include <span>

#include "check/rule_context.h"
#include "stack/ecs_service.h"
#include "stack/template_graph.h"

namespace ecslint {

// A template as the stack checks read it, built once per template by the linter.
struct Stack {
  const TemplateGraph& graph;
  std::span<const EcsService> services;
  std::span<const TaskDefinition> tasks;  // one per AWS::ECS::TaskDefinition with Properties
  bool fromTerraformPlan = false;         // the template is a plan's (terraform/stack_template.h)
};

class StackContext : public FindingReporter {
 public:
  StackContext(const Stack& stack, const RuleInfo& rule, std::vector<Finding>& sink,
               const RuleOptions& options = noRuleOptions(), bool computeFixes = true,
               Language language = Language::English, bool describeDetails = true)
      : FindingReporter(stack.graph.document(), rule, sink, options, computeFixes, Dialect::CloudFormation,
                        language, describeDetails),
        graph(stack.graph),
        services(stack.services),
        tasks(stack.tasks) {
    if (stack.fromTerraformPlan) preferTerraformWording();
  }

  const TemplateGraph& graph;
  std::span<const EcsService> services;
  std::span<const TaskDefinition> tasks;

  const Document& document() const { return document_; }
  // The model of the task definition resource `resource`, or nullptr.
  const TaskDefinition* task(const TemplateResource* resource) const;
};

using StackCheckFunction = void (*)(StackContext&);

}  // namespace ecslint
