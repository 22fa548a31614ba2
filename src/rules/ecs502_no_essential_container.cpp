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
  context.reportUntranslated(missingIn(task),
                 "no container is essential: " +
                     (task.containers.size() == 1
                          ? std::string("the only container sets")
                          : "all " + std::to_string(task.containers.size()) + " containers set") +
                     " \"essential\": false, but ECS requires one (\"All tasks must "
                     "have at least one essential container.\"): an essential container is the one "
                     "whose exit stops the task. Set \"essential\": true on the main container, or remove "
                     "\"essential\": false "
                     "from it (true is the default)");
  for (const Container& container : task.containers) {
    context.relateUntranslated(valueOf(container.essential.node), "essential: false");
  }
}

}  // namespace ecslint
