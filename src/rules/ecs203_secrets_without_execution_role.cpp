// ECS203 secrets-without-execution-role: secrets are fetched with the execution role.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

void reportSecrets(RuleContext& context, const Container& container, NodeId node, std::string_view field) {
  context.report(keyOf(node), "ECS203.secrets",
                 {{"container", describeContainer(context, container)}, {"field", std::string(field)}});
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
