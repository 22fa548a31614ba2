// ECS503 unknown-dependency: dependsOn names no other container of the task, or the container
// itself.
#include "rules/checks.h"
#include "rules/name_lookup.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkUnknownDependency(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const Container& container : task.containers) {
    for (const ContainerDependency& dependency : container.dependsOn) {
      const StringField& target = dependency.containerName;
      // "" is ECS010's empty value; a placeholder may name any container.
      if (!target.known() || target.value.empty()) continue;
      const std::string name(target.value);
      if (container.name.is(target.value)) {
        context.report(valueOf(target.node), "ECS503.self",
                       {{"container", describeContainer(context, container)}, {"name", name}});
        continue;
      }
      if (task.mayHaveContainer(target.value)) continue;
      reportWithHint(
          context, valueOf(target.node), "ECS503.unknown", "ECS503.unknown.hint",
          {{"container", describeContainer(context, container)}, {"name", name}},
          closestNameHint(context, target.value, containerNames(task, &container), NameKind::Container));
    }
  }
}

}  // namespace ecslint
