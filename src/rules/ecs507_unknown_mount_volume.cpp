// ECS507 unknown-mount-volume: a mount point names a volume the task does not define.
#include "rules/checks.h"
#include "rules/name_lookup.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkUnknownMountVolume(RuleContext& context) {
  const TaskDefinition& task = context.task;
  // A bare container list has no task level (its volumes are defined elsewhere), and a placeholder
  // in "volumes" may define any name.
  if (task.volumesPresence == Presence::Unknown) return;
  for (const Volume& volume : task.volumes) {
    if (volume.name.unknown()) return;
  }
  for (const Container& container : task.containers) {
    for (const MountPoint& mount : container.mountPoints) {
      const StringField& source = mount.sourceVolume;
      if (!source.known() || source.value.empty() || task.mayHaveVolume(source.value)) continue;
      const std::string name(source.value);
      reportWithHint(context, valueOf(source.node), "ECS507.unknown", "ECS507.unknown.hint",
                     {{"container", describeContainer(context, container)}, {"name", name}},
                     closestNameHint(context, source.value, volumeNames(task), NameKind::Volume));
    }
  }
}

}  // namespace ecslint
