// ECS406 memory-reservation-exceeds-memory: the soft limit above the hard limit.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkMemoryReservationExceedsMemory(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    if (!container.memory.known() || !container.memoryReservation.known()) continue;
    if (container.memoryReservation.value <= container.memory.value) continue;
    context.reportUntranslated(valueOf(container.memoryReservation.node),
                   describeContainer(container) + " has memoryReservation " +
                       std::to_string(container.memoryReservation.value) + " MiB, above its memory of " +
                       std::to_string(container.memory.value) +
                       " MiB: memoryReservation is the soft limit the scheduler reserves and memory the hard "
                       "limit at which the container is killed, so the reservation must not exceed the "
                       "limit, and ECS rejects the task definition. Lower memoryReservation or raise memory");
    context.relateUntranslated(valueOf(container.memory.node), "the container's hard memory limit");
  }
}

}  // namespace ecslint
