// ECS514 duplicate-environment-variable: a name set twice in `environment`, or set both in
// `environment` and in `secrets`.
#include <unordered_map>

#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkDuplicateEnvironmentVariable(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    std::unordered_map<std::string_view, const NameValue*> seen;
    for (const NameValue& variable : container.environment) {
      if (!variable.name.known() || variable.name.value.empty()) continue;
      const auto [it, inserted] = seen.emplace(variable.name.value, &variable);
      if (inserted) continue;
      const std::string name(variable.name.value);
      context.reportUntranslated(valueOf(variable.name.node),
                     "environment variable '" + name + "' is set twice in " + describeContainer(container) +
                         ": the container sees only one of the two values, and which one is easy to get "
                         "wrong when the file is edited. Keep one entry");
      context.relateUntranslated(valueOf(it->second->name.node), "the first '" + name + "'");
    }
    std::unordered_map<std::string_view, const NameValue*> secrets;
    for (const NameValue& secret : container.secrets) {
      if (secret.name.known() && !secret.name.value.empty()) secrets.emplace(secret.name.value, &secret);
    }
    for (const NameValue& variable : container.environment) {
      // Once per name: at its first environment entry.
      if (!variable.name.known() || variable.name.value.empty()) continue;
      if (seen.at(variable.name.value) != &variable) continue;
      const auto secret = secrets.find(variable.name.value);
      if (secret == secrets.end()) continue;
      context.reportUntranslated(valueOf(variable.name.node),
                     "'" + std::string(variable.name.value) +
                         "' is set both in environment and in secrets of " + describeContainer(container) +
                         ": the container gets one variable of that name, so one of the two values is "
                         "silently lost (and a plaintext value may shadow the secret). Remove the "
                         "environment entry, or rename one of them");
      context.relateUntranslated(valueOf(secret->second->name.node), "the secret of the same name");
    }
  }
}

}  // namespace ecslint
