#pragma once
// Names that refer to other parts of the task (dependsOn, volumesFrom, mountPoints, proxy): the
// names that exist, and a hint that shows the closest one when a reference matches none.

#include <string>
#include <string_view>
#include <vector>

#include "model/task_definition.h"

namespace ecslint {

// The known, non-empty container names, in order, without `except` (a container never refers to
// itself, so it is no useful suggestion).
std::vector<std::string_view> containerNames(const TaskDefinition& task, const Container* except = nullptr);
// The known, non-empty volume names, in order.
std::vector<std::string_view> volumeNames(const TaskDefinition& task);

// What to tell the reader about the names that do exist: " (did you mean 'web'?)"; when no name
// is close, " (the task defines containers 'web', 'log-router')"; " (the task defines no
// containers)" when there is none. `kind` is the plural noun: "containers", "volumes".
std::string closestNameHint(std::string_view name, const std::vector<std::string_view>& candidates,
                            std::string_view kind);

}  // namespace ecslint
