// ECS510 duplicate-volume-name: two volumes of one task share a name.
#include <unordered_map>

#include "rules/checks.h"

namespace ecslint {

void checkDuplicateVolumeName(RuleContext& context) {
  std::unordered_map<std::string_view, const Volume*> first;
  for (const Volume& volume : context.task.volumes) {
    if (!volume.name.known() || volume.name.value.empty()) continue;
    const auto [it, inserted] = first.emplace(volume.name.value, &volume);
    if (inserted) continue;
    const std::string name(volume.name.value);
    context.reportUntranslated(valueOf(volume.name.node),
                   "volume name '" + name +
                       "' is already used by an earlier volume: mount points refer to volumes by name, "
                       "so the name must be unique within the task definition. Rename one of them (and "
                       "the mountPoints that mean it)");
    context.relateUntranslated(valueOf(it->second->name.node), "the first volume named '" + name + "'");
  }
}

}  // namespace ecslint
