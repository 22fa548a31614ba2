// ECS009 describe-output-fields: describe-task-definition output registered as it is.
#include "rules/checks.h"

namespace ecslint {

void checkDescribeOutputFields(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (task.describeWrapper != kNoNode) {
    context.report(keyOf(task.describeWrapper),
                   "this is describe-task-definition output: register-task-definition does not "
                   "accept the \"taskDefinition\" wrapper (the AWS CLI says 'Unknown parameter in "
                   "input: \"taskDefinition\"'); register the object inside it instead");
  }
  for (NodeId field : task.readOnlyFields) {
    const std::string name(context.keyName(field));
    context.report(keyOf(field), "'" + name +
                                     "' is set by ECS and only appears in describe-task-definition "
                                     "output; register-task-definition rejects it (the AWS CLI says "
                                     "'Unknown parameter in input: \"" + name + "\"'); remove it");
  }
}

}  // namespace ecslint
