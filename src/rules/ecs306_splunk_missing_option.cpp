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
      context.reportUntranslated(target,
                     describeContainer(container) +
                         " uses the splunk log driver without the 'splunk-url' option, the address of "
                         "the Splunk HTTP Event Collector; the driver cannot start without it. Add "
                         "\"splunk-url\" to logConfiguration.options");
    }
    bool tokenInSecret = log->secretOptionsPresence == Presence::Unknown;
    for (const NameValue& secret : log->secretOptions) {
      if (!secret.name.known() || secret.name.value == "splunk-token") tokenInSecret = true;
    }
    if (log->option("splunk-token") == nullptr && !tokenInSecret) {
      context.reportUntranslated(target,
                     describeContainer(container) +
                         " uses the splunk log driver without a 'splunk-token', the HTTP Event "
                         "Collector token Splunk requires; the driver cannot start without it. Pass "
                         "it through logConfiguration.secretOptions (name \"splunk-token\", valueFrom "
                         "a Secrets Manager secret or SSM parameter) rather than in plain text");
    }
  }
}

}  // namespace ecslint
