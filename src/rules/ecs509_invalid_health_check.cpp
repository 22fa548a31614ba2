// ECS509 invalid-health-check: a health check command that is not in the CMD / CMD-SHELL form
// (error), or a timeout that is not shorter than the interval (warning).
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

// ECS's defaults when the member is omitted.
constexpr std::int64_t kDefaultInterval = 30;
constexpr std::int64_t kDefaultTimeout = 5;

// "CMD" or "CMD-SHELL", alone or as the first word of the element ("CMD-SHELL curl …").
std::string_view prefixWord(std::string_view text) { return text.substr(0, text.find(' ')); }
bool isPrefix(std::string_view text) {
  const std::string_view word = prefixWord(text);
  return word == "CMD" || word == "CMD-SHELL";
}

bool hasWhitespace(std::string_view text) { return text.find_first_of(" \t\n") != std::string_view::npos; }

void checkCommand(RuleContext& context, const Container& container, const HealthCheck& check) {
  // No command is ECS006's finding, "" ECS010's, and a placeholder may be anything.
  if (check.command.empty() || !check.command.front().known() || check.command.front().value.empty()) return;
  const StringField& first = check.command.front();
  // Named only when a finding needs it: most options and commands are fine.
  const auto who = [&] { return describeContainer(context, container); };
  if (first.value != "CMD" && first.value != "CMD-SHELL") {
    const bool joined = first.value.starts_with("CMD-SHELL ") || first.value.starts_with("CMD ");
    context.report(valueOf(first.node), joined ? "ECS509.bad-prefix.joined" : "ECS509.bad-prefix",
                   {{"container", who()}, {"value", std::string(first.value)}});
    return;
  }
  if (check.command.size() < 2) {
    context.report(valueOf(check.commandNode), "ECS509.no-command",
                   {{"container", who()}, {"prefix", std::string(first.value)}});
    return;
  }
  // The prefix written twice (["CMD", "CMD-SHELL", "curl …"], often by a generator that adds its
  // own): the second one is taken as the program to run, and no program is called CMD-SHELL.
  const StringField& second = check.command[1];
  if (second.known() && isPrefix(second.value)) {
    const std::string secondPrefix(prefixWord(second.value));
    if (first.value == "CMD") {
      context.report(
          valueOf(second.node), "ECS509.prefix-twice.cmd",
          {{"container", who()}, {"second", secondPrefix}, {"program", std::string(second.value)}});
    } else {
      context.report(valueOf(second.node), "ECS509.prefix-twice.cmd-shell",
                     {{"container", who()}, {"second", secondPrefix}});
    }
    return;
  }
  // CMD runs its arguments without a shell: a single argument with spaces is taken as the name of
  // a program ("curl -f http://localhost/"), which does not exist.
  if (first.value == "CMD" && check.command.size() == 2 && second.known() && hasWhitespace(second.value)) {
    context.report(valueOf(first.node), "ECS509.cmd-with-spaces",
                   {{"container", who()}, {"command", std::string(second.value)}});
  }
}

void checkTiming(RuleContext& context, const Container& container, const HealthCheck& check) {
  if (check.interval.unknown() || check.timeout.unknown()) return;
  if (check.interval.absent() && check.timeout.absent()) return;
  const std::int64_t interval = check.interval.known() ? check.interval.value : kDefaultInterval;
  const std::int64_t timeout = check.timeout.known() ? check.timeout.value : kDefaultTimeout;
  if (timeout < interval) return;
  const Target target = check.timeout.known() ? valueOf(check.timeout.node) : valueOf(check.interval.node);
  // Which of the two values is ECS's default (both omitted returned above).
  const std::string_view id = !check.timeout.known()    ? "ECS509.timeout-not-shorter.default-timeout"
                              : !check.interval.known() ? "ECS509.timeout-not-shorter.default-interval"
                                                        : "ECS509.timeout-not-shorter";
  context.report(target, Severity::Warning, id,
                 {{"container", describeContainer(context, container)},
                  {"timeout", std::to_string(timeout)},
                  {"interval", std::to_string(interval)}});
}

}  // namespace

void checkInvalidHealthCheck(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    if (!container.healthCheck) continue;
    checkCommand(context, container, *container.healthCheck);
    checkTiming(context, container, *container.healthCheck);
  }
}

}  // namespace ecslint
