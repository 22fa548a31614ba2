// ECS508 unknown-volumes-from: volumesFrom names no other container of the task, or the container
// itself.
#include "rules/checks.h"
#include "rules/name_lookup.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkUnknownVolumesFrom(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const Container& container : task.containers) {
    for (const VolumeFrom& from : container.volumesFrom) {
      const StringField& source = from.sourceContainer;
      if (!source.known() || source.value.empty()) continue;
      const std::string name(source.value);
      if (container.name.is(source.value)) {
        context.report(valueOf(source.node), "ECS508.self",
                       {{"container", describeContainer(context, container)}, {"name", name}});
        continue;
      }
      if (task.mayHaveContainer(source.value)) continue;
      reportWithHint(
          context, valueOf(source.node), "ECS508.unknown", "ECS508.unknown.hint",
          {{"container", describeContainer(context, container)}, {"name", name}},
          closestNameHint(context, source.value, containerNames(task, &container), NameKind::Container));
    }
  }
}

}  // namespace ecslint
