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
    context.report(valueOf(volume.name.node), "ECS510.duplicate", {{"name", name}});
    context.relate(valueOf(it->second->name.node), "ECS510.related.first", {{"name", name}});
  }
}

}  // namespace ecslint
