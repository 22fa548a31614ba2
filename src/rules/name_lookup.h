#pragma once
// Names that refer to other parts of the task (dependsOn, volumesFrom, mountPoints, proxy): the
// names that exist, and a hint that shows the closest one when a reference matches none.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check/rule_context.h"
#include "model/task_definition.h"

namespace ecslint {

// The known, non-empty container names, in order, without `except` (a container never refers to
// itself, so it is no useful suggestion).
std::vector<std::string_view> containerNames(const TaskDefinition& task, const Container* except = nullptr);
// The known, non-empty volume names, in order.
std::vector<std::string_view> volumeNames(const TaskDefinition& task);

enum class NameKind : std::uint8_t { Container, Volume };

// What to tell the reader about the names that do exist, in the run's language (the
// common.name-hint phrases): "(did you mean 'web'?)"; when no name is close, "(the task defines
// containers 'web', 'log-router')"; "(the task defines no containers)" when there is none; empty
// when there are too many names to list and none is close.
std::string closestNameHint(const FindingReporter& context, std::string_view name,
                            const std::vector<std::string_view>& candidates, NameKind kind);

// Reports `plainId` when `hint` is empty, else `hintId` with `hint` as its {hint} argument: the
// messages of a name that matches nothing come in these two forms.
void reportWithHint(FindingReporter& context, Target target, std::string_view plainId,
                    std::string_view hintId, MessageArgs arguments, std::string hint);

}  // namespace ecslint
