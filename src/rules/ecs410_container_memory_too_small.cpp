// ECS410 container-memory-too-small: less memory than Docker's minimum.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

// Docker 20.10 and later refuse a memory limit below 6 MiB (4 MiB before).
constexpr std::int64_t kMinContainerMemoryMiB = 6;

}  // namespace

void checkContainerMemoryTooSmall(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    for (const auto& [field, name] : {std::pair{&container.memory, "memory"},
                                      std::pair{&container.memoryReservation, "memoryReservation"}}) {
      if (!field->known() || field->value >= kMinContainerMemoryMiB) continue;
      MessageArgs arguments{{"container", describeContainer(context, container)},
                            {"field", name},
                            {"value", std::to_string(field->value)}};
      // A positive value this small is most likely GB written as MiB.
      if (field->value > 0) arguments.push_back({"mib", std::to_string(field->value * 1024)});
      context.report(valueOf(field->node), field->value > 0 ? "ECS410.too-small.gb" : "ECS410.too-small",
                     std::move(arguments));
    }
  }
}

}  // namespace ecslint
