// ECS709 missing-health-check (opt-in): an essential container that ECS cannot health-check.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkMissingHealthCheck(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    if (container.essential.unknown() || !container.isEssential()) continue;
    if (container.healthCheckPresence != Presence::Absent) continue;
    context.reportUntranslated(missingIn(container),
                   describeContainer(container) +
                       " is essential but has no healthCheck: ECS only knows whether its process runs, "
                       "not whether it works, so a hung container keeps the task RUNNING and, unless a load "
                       "balancer checks it, the service never replaces it (health checks in the image's "
                       "Dockerfile are not monitored by "
                       "ECS). Add a healthCheck, for example [\"CMD-SHELL\", \"curl -f "
                       "http://localhost/health || exit 1\"]");
  }
}

}  // namespace ecslint
