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
          context.report(valueOf(limit.name.node), "ECS515.duplicate",
                         {{"name", name}, {"container", describeContainer(context, container)}});
          context.relate(valueOf(it->second->name.node), "ECS515.related.first", {{"name", name}});
        }
      }
      if (limit.softLimit.known() && limit.hardLimit.known() &&
          limit.softLimit.value > limit.hardLimit.value) {
        context.report(valueOf(limit.softLimit.node), "ECS515.soft-above-hard",
                       {{"name", name},
                        {"container", describeContainer(context, container)},
                        {"soft_limit", std::to_string(limit.softLimit.value)},
                        {"hard_limit", std::to_string(limit.hardLimit.value)}});
      }
      if (task.launchTypes.fargate() && limit.name.is("nofile")) {
        for (const IntField* value : {&limit.hardLimit, &limit.softLimit}) {
          if (!value->known() || value->value <= kFargateMaxNofile) continue;
          context.report(valueOf(value->node),
                         task.launchTypes.assumed ? "ECS515.fargate-nofile.assumed" : "ECS515.fargate-nofile",
                         {{"container", describeContainer(context, container)},
                          {"field", value == &limit.hardLimit ? "hardLimit" : "softLimit"},
                          {"value", std::to_string(value->value)},
                          {"limit", std::to_string(kFargateMaxNofile)}});
          break;  // one finding per ulimit: the hard limit is the one to lower first
        }
      }
    }
  }
}

}  // namespace ecslint
