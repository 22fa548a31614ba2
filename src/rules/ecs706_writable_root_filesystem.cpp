// ECS706 writable-root-filesystem (opt-in): a container whose root file system is writable.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkWritableRootFilesystem(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (task.windows()) return;  // not supported on Windows (ECS602)
  for (const Container& container : task.containers) {
    const BoolField& readonly = container.readonlyRootFilesystem;
    if (readonly.unknown() || readonly.is(true)) continue;
    const std::string why =
        ": an attacker who gets code execution in it can change its binaries and configuration, and "
        "nothing stops the application from filling the task's storage. Set \"readonlyRootFilesystem\": "
        "true and mount a volume where the application must write (for example /tmp)";
    if (readonly.known()) {
      context.reportUntranslated(valueOf(readonly.node),
                     describeContainer(container) + " sets readonlyRootFilesystem to false" + why);
    } else {
      context.reportUntranslated(missingIn(container),
                     describeContainer(container) + " has a writable root file system" + why);
    }
  }
}

}  // namespace ecslint
