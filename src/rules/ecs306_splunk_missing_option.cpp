// ECS306 splunk-missing-option: the splunk driver without its URL or token.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkSplunkMissingOption(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    const auto& log = container.logConfiguration;
    if (!log || !log->logDriver.is("splunk") || log->optionsPresence == Presence::Unknown) continue;
    const Target target =
        log->optionsNode != kNoNode ? keyOf(log->optionsNode) : valueOf(log->logDriver.node);
    if (log->option("splunk-url") == nullptr) {
      context.report(target, "ECS306.missing-url", {{"container", describeContainer(context, container)}});
    }
    bool tokenInSecret = log->secretOptionsPresence == Presence::Unknown;
    for (const NameValue& secret : log->secretOptions) {
      if (!secret.name.known() || secret.name.value == "splunk-token") tokenInSecret = true;
    }
    if (log->option("splunk-token") == nullptr && !tokenInSecret) {
      context.report(target, "ECS306.missing-token", {{"container", describeContainer(context, container)}});
    }
  }
}

}  // namespace ecslint
