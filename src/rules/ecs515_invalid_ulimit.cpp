// ECS515 invalid-ulimit: a soft limit above its hard limit, a ulimit named twice, or a Fargate
// nofile limit above what Fargate allows.
#include <unordered_map>

#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

// Fargate overrides only nofile, and accepts values up to 1048576 (the Linux kernel's default
// fs.nr_open) for both limits.
constexpr std::int64_t kFargateMaxNofile = 1048576;

}  // namespace

void checkInvalidUlimit(RuleContext& context) {
  const TaskDefinition& task = context.task;
  for (const Container& container : task.containers) {
    std::unordered_map<std::string_view, const Ulimit*> seen;
    for (const Ulimit& limit : container.ulimits) {
      const std::string name = limit.name.known() ? std::string(limit.name.value) : std::string("?");
      if (limit.name.known() && !limit.name.value.empty()) {
        const auto [it, inserted] = seen.emplace(limit.name.value, &limit);
        if (!inserted) {
          context.reportUntranslated(valueOf(limit.name.node), "ulimit '" + name + "' is set twice in " +
                                                       describeContainer(container) +
                                                       ": only one of the two values can apply, and which "
                                                       "one is easy to get wrong. Keep one entry");
          context.relateUntranslated(valueOf(it->second->name.node), "the first '" + name + "' ulimit");
        }
      }
      if (limit.softLimit.known() && limit.hardLimit.known() &&
          limit.softLimit.value > limit.hardLimit.value) {
        context.reportUntranslated(valueOf(limit.softLimit.node),
                       "ulimit '" + name + "' of " + describeContainer(container) + " has softLimit " +
                           std::to_string(limit.softLimit.value) + " above its hardLimit " +
                           std::to_string(limit.hardLimit.value) +
                           ": a soft limit can never exceed the hard limit, and the container fails to "
                           "start. Lower softLimit or raise hardLimit");
      }
      if (task.launchTypes.fargate() && limit.name.is("nofile")) {
        for (const IntField* value : {&limit.hardLimit, &limit.softLimit}) {
          if (!value->known() || value->value <= kFargateMaxNofile) continue;
          context.reportUntranslated(valueOf(value->node),
                         "ulimit 'nofile' of " + describeContainer(container) + " sets " +
                             (value == &limit.hardLimit ? "hardLimit " : "softLimit ") +
                             std::to_string(value->value) + ", but Fargate" +
                             std::string(assumedNote(task.launchTypes)) + " allows open-file limits up to " +
                             std::to_string(kFargateMaxNofile) + ". Use at most " +
                             std::to_string(kFargateMaxNofile));
          break;  // one finding per ulimit: the hard limit is the one to lower first
        }
      }
    }
  }
}

}  // namespace ecslint
