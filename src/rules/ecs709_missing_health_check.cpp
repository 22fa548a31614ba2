// ECS709 missing-health-check (opt-in): an essential container that ECS cannot health-check.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkMissingHealthCheck(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    if (container.essential.unknown() || !container.isEssential()) continue;
    if (container.healthCheckPresence != Presence::Absent) continue;
    context.report(missingIn(container), "ECS709.missing",
                   {{"container", describeContainer(context, container)}});
  }
}

}  // namespace ecslint
