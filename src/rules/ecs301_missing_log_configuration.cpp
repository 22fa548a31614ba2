// ECS301 missing-log-configuration: a container whose output nobody will be able to read.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkMissingLogConfiguration(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    if (container.logConfigurationPresence != Presence::Absent) continue;
    context.report(missingIn(container),
                   describeContainer(container) +
                       " has no logConfiguration: its output is not sent anywhere you can read "
                       "from the ECS console or CloudWatch, so when the task stops there are no logs "
                       "to tell you why. Add a logConfiguration with the awslogs driver "
                       "(awslogs-group, awslogs-region, awslogs-stream-prefix)");
  }
}

}  // namespace ecslint
