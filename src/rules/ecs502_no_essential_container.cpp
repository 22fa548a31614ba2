// ECS502 no-essential-container: every container says essential: false.
#include "rules/checks.h"

namespace ecslint {

void checkNoEssentialContainer(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (task.containers.empty()) return;
  // Only when every container explicitly says false: an omitted or unknown `essential` may be true.
  for (const Container& container : task.containers) {
    if (!container.essential.is(false)) return;
  }
  if (task.containers.size() == 1) {
    context.report(missingIn(task), "ECS502.only-container");
  } else {
    context.report(missingIn(task), "ECS502.all-containers",
                   {{"count", std::to_string(task.containers.size())}});
  }
  for (const Container& container : task.containers) {
    context.relate(valueOf(container.essential.node), "ECS502.related.essential-false");
  }
}

}  // namespace ecslint
