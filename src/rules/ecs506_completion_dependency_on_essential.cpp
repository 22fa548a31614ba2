// ECS506 completion-dependency-on-essential: a COMPLETE or SUCCESS dependency on an essential
// container, which must keep running.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkCompletionDependencyOnEssential(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const Container& container : task.containers) {
    for (const ContainerDependency& dependency : container.dependsOn) {
      const StringField& condition = dependency.condition;
      if (!condition.is("COMPLETE") && !condition.is("SUCCESS")) continue;
      if (!dependency.containerName.known()) continue;
      const Container* target = task.container(dependency.containerName.value);
      if (target == nullptr || target == &container) continue;  // ECS503's findings
      // `essential` omitted means true; a placeholder may say false.
      if (target->essential.unknown() || !target->isEssential()) continue;
      const std::string name(dependency.containerName.value);
      context.report(valueOf(condition.node), condition.is("SUCCESS") ? "ECS506.success" : "ECS506.complete",
                     {{"container", describeContainer(context, container)}, {"name", name}});
      if (target->essential.known()) {
        context.relate(valueOf(target->essential.node), "ECS506.related.essential", {{"name", name}});
      } else {
        context.relate(missingIn(*target), "ECS506.related.essential-default", {{"name", name}});
      }
    }
  }
}

}  // namespace ecslint
