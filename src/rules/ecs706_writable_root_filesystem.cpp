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
    const MessageArgs which{{"container", describeContainer(context, container)}};
    if (readonly.known()) {
      context.report(valueOf(readonly.node), "ECS706.false", which);
    } else {
      context.report(missingIn(container), "ECS706.missing", which);
    }
  }
}

}  // namespace ecslint
