// ECS406 memory-reservation-exceeds-memory: the soft limit above the hard limit.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkMemoryReservationExceedsMemory(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    if (!container.memory.known() || !container.memoryReservation.known()) continue;
    if (container.memoryReservation.value <= container.memory.value) continue;
    context.report(valueOf(container.memoryReservation.node), "ECS406.reservation-above-memory",
                   {{"container", describeContainer(context, container)},
                    {"memory_reservation", std::to_string(container.memoryReservation.value)},
                    {"memory", std::to_string(container.memory.value)}});
    context.relate(valueOf(container.memory.node), "ECS406.related.memory");
  }
}

}  // namespace ecslint
