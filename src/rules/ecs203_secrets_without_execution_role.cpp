// ECS203 secrets-without-execution-role: secrets are fetched with the execution role.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

void reportSecrets(RuleContext& context, const Container& container, NodeId node, std::string_view what) {
  context.reportUntranslated(keyOf(node),
                 describeContainer(container) + " uses " + std::string(what) +
                     ", but the task has no executionRoleArn: the ECS agent reads Secrets Manager "
                     "and SSM Parameter Store values with the task execution role. AWS rejects the "
                     "task definition with \"When you are specifying container secrets, you must "
                     "also specify a value for 'executionRoleArn'.\" Add an executionRoleArn for a "
                     "role allowed to read these secrets");
}

}  // namespace

void checkSecretsWithoutExecutionRole(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!unset(task.executionRoleArn)) return;
  for (const Container& container : task.containers) {
    if (container.secretsNode != kNoNode) reportSecrets(context, container, container.secretsNode, "secrets");
    const auto& log = container.logConfiguration;
    if (log && log->secretOptionsNode != kNoNode) {
      reportSecrets(context, container, log->secretOptionsNode, "logConfiguration.secretOptions");
    }
  }
}

}  // namespace ecslint
