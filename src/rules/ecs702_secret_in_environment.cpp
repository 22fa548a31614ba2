// ECS702 secret-in-environment: a credential written in plaintext into `environment`.
#include "rules/ecs702_secret_in_environment.h"

#include "rules/checks.h"
#include "rules/credential_detection.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

std::string advice(CredentialKind kind) {
  switch (kind) {
    case CredentialKind::AwsAccessKeyId:
    case CredentialKind::AwsSecretAccessKey:
      return "Give the container AWS permissions through the task role (taskRoleArn) instead of access "
             "keys, and deactivate this key in IAM: it has been exposed";
    case CredentialKind::NamedSecret:
      break;
  }
  return "Move it to \"secrets\" (a Secrets Manager secret or an SSM SecureString parameter, read with "
         "the execution role when the container starts), and change the value: it has been exposed";
}

}  // namespace

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
      context.reportUntranslated(valueOf(variable.value.node),
                     "environment variable '" + std::string(name) + "' of " + describeContainer(container) +
                         " holds " + match->what +
                         " in plaintext: anyone who can read this file, or call DescribeTaskDefinition, "
                         "can read it, and every revision keeps it. " +
                         advice(match->kind));
    }
  }
}

// The configuration's extra names (rule_options.ECS702.secret_name_patterns) add to the built-in words.
void checkSecretInEnvironment(RuleContext& context) {
  reportSecretsInEnvironment(context, context.options().secretNamePatterns);
}

}  // namespace ecslint
