// ECS702 secret-in-environment: a credential written in plaintext into `environment`.
#include "rules/ecs702_secret_in_environment.h"

#include "rules/checks.h"
#include "rules/credential_detection.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void reportSecretsInEnvironment(RuleContext& context, std::span<const std::string> extraNamePatterns) {
  for (const Container& container : context.task.containers) {
    for (const NameValue& variable : container.environment) {
      // Placeholders are Unknown: a value filled in at deploy time is not in the file.
      if (!variable.value.known()) continue;
      const std::string_view name = variable.name.known() ? variable.name.value : std::string_view{};
      const std::optional<CredentialMatch> match =
          detectCredential(name, variable.value.value, extraNamePatterns);
      if (!match) continue;
      // The message names the variable, never the value: findings end up in CI logs.
      // Access keys are replaced by the task role; other secrets move to "secrets".
      const bool accessKey = match->kind != CredentialKind::NamedSecret;
      context.report(valueOf(variable.value.node), accessKey ? "ECS702.access-key" : "ECS702.named-secret",
                     {{"variable", std::string(name)},
                      {"container", describeContainer(context, container)},
                      {"credential", context.phrase(match->what)}});
    }
  }
}

// The configuration's extra names (rule_options.ECS702.secret_name_patterns) add to the built-in words.
void checkSecretInEnvironment(RuleContext& context) {
  reportSecretsInEnvironment(context, context.options().secretNamePatterns);
}

}  // namespace ecslint
