// ECS511 unused-volume: a volume that no container mounts.
#include <unordered_set>

#include "rules/checks.h"

namespace ecslint {

void checkUnusedVolume(RuleContext& context) {
  const TaskDefinition& task = context.task;
  // Containers nobody knows yet may mount any volume.
  if (task.containerDefinitionsPresence == Presence::Unknown) return;
  std::unordered_set<std::string_view> mounted;
  for (const Container& container : task.containers) {
    // A placeholder in mountPoints may mount any volume.
    if (container.mountPointsPresence == Presence::Unknown) return;
    for (const MountPoint& mount : container.mountPoints) {
      if (mount.sourceVolume.unknown()) return;
      if (mount.sourceVolume.known()) mounted.insert(mount.sourceVolume.value);
    }
  }
  for (const Volume& volume : task.volumes) {
    if (!volume.name.known() || volume.name.value.empty() || mounted.contains(volume.name.value)) continue;
    // A volume configured at launch gets its EBS configuration from RunTask or the service: the
    // task definition only reserves the slot, so it is not judged here.
    if (volume.configuredAtLaunch.is(true)) continue;
    context.report(valueOf(volume.name.node), "ECS511.unused", {{"name", std::string(volume.name.value)}});
  }
}

}  // namespace ecslint
