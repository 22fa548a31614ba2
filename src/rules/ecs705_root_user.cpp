// ECS705 root-user (opt-in): a Linux container that runs as root, explicitly or by default.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

// "root", "0", "root:staff", "0:0": the user part names UID 0.
bool isRootUser(std::string_view user) {
  const std::string_view name = user.substr(0, user.find(':'));
  return name == "root" || name == "0";
}

}  // namespace

void checkRootUser(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (task.windows()) return;  // "user" is not supported on Windows (ECS602)
  for (const Container& container : task.containers) {
    const StringField& user = container.user;
    if (user.unknown()) continue;
    if (user.known() && !user.value.empty()) {
      if (!isRootUser(user.value)) continue;
      context.report(
          valueOf(user.node), "ECS705.root",
          {{"container", describeContainer(context, container)}, {"user", std::string(user.value)}});
      continue;
    }
    context.report(missingIn(container), "ECS705.default-user",
                   {{"container", describeContainer(context, container)}});
  }
}

}  // namespace ecslint
