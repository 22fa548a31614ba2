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
      context.reportUntranslated(valueOf(user.node),
                     describeContainer(container) + " runs as root (user '" + std::string(user.value) +
                         "'): a process that escapes the container, or writes to a mounted volume, does "
                         "so as root. Run it as an unprivileged user, for example \"user\": \"1000:1000\"");
      continue;
    }
    context.reportUntranslated(missingIn(container),
                   describeContainer(container) +
                       " sets no \"user\", so it runs as the image's default user, which is root unless "
                       "the image's Dockerfile sets USER. Set an unprivileged user, for example "
                       "\"user\": \"1000:1000\" (the image must let that user read its files)");
  }
}

}  // namespace ecslint
