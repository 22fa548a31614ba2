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
      context.reportUntranslated(valueOf(condition.node),
                     describeContainer(container) + " waits for container '" + name + "' to " +
                         (condition.is("SUCCESS") ? "exit successfully (SUCCESS)" : "exit (COMPLETE)") +
                         ", but '" + name +
                         "' is essential, and an essential container exiting stops the whole task. AWS "
                         "rejects this with \"A dependency container with SUCCESS or COMPLETE condition "
                         "cannot be an essential container\". Set \"essential\": false on '" +
                         name + "' (an init or migration container), or use the START or HEALTHY condition");
      if (target->essential.known()) {
        context.relateUntranslated(valueOf(target->essential.node), "'" + name + "' is essential");
      } else {
        context.relateUntranslated(missingIn(*target), "'" + name + "' is essential (the default)");
      }
    }
  }
}

}  // namespace ecslint
