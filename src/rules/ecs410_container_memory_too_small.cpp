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
      context.reportUntranslated(
          valueOf(field->node),
          describeContainer(container) + " has " + name + " " + std::to_string(field->value) +
              " MiB: the Docker daemon reserves at least 6 MiB for a container (4 MiB before "
              "Docker 20.10), so a smaller value fails when the container is created. " +
              (field->value > 0 ? "The value is in MiB: did you mean " + std::to_string(field->value * 1024) +
                                      " (" + std::to_string(field->value) + " GB)? "
                                : std::string()) +
              "Use at least 6");
    }
  }
}

}  // namespace ecslint
