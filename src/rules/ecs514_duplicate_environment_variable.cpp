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
      context.report(valueOf(variable.name.node), "ECS514.duplicate",
                     {{"name", name}, {"container", describeContainer(context, container)}});
      context.relate(valueOf(it->second->name.node), "ECS514.related.first", {{"name", name}});
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
      context.report(
          valueOf(variable.name.node), "ECS514.also-secret",
          {{"name", std::string(variable.name.value)}, {"container", describeContainer(context, container)}});
      context.relate(valueOf(secret->second->name.node), "ECS514.related.secret");
    }
  }
}

}  // namespace ecslint
