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
  const std::string who = describeContainer(container);
  if (first.value != "CMD" && first.value != "CMD-SHELL") {
    const bool joined = first.value.starts_with("CMD-SHELL ") || first.value.starts_with("CMD ");
    context.reportUntranslated(valueOf(first.node),
                   "healthCheck.command of " + who + " starts with '" + std::string(first.value) +
                       "', but it must start with \"CMD\" (run the arguments directly) or \"CMD-SHELL\" "
                       "(run the command with the container's shell)" +
                       (joined ? ": \"CMD-SHELL\" must be an element of its own" : "") +
                       ". Without it Docker runs no valid check and the container never becomes healthy. "
                       "Write it as [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"]");
    return;
  }
  if (check.command.size() < 2) {
    context.reportUntranslated(valueOf(check.commandNode),
                   "healthCheck.command of " + who + " is only \"" + std::string(first.value) +
                       "\": it names no command to run. Add the command after it, for example [\"" +
                       std::string(first.value) + "\", \"curl -f http://localhost/ || exit 1\"]");
    return;
  }
  // The prefix written twice (["CMD", "CMD-SHELL", "curl …"], often by a generator that adds its
  // own): the second one is taken as the program to run, and no program is called CMD-SHELL.
  const StringField& second = check.command[1];
  if (second.known() && isPrefix(second.value)) {
    context.reportUntranslated(
        valueOf(second.node),
        "healthCheck.command of " + who + " starts with \"" + std::string(first.value) + "\" and then \"" +
            std::string(prefixWord(second.value)) + "\" again: only the first element is the prefix, so " +
            (first.value == "CMD"
                 ? "Docker runs a program named \"" + std::string(second.value) + "\""
                 : "the shell runs a command named \"" + std::string(prefixWord(second.value)) + "\"") +
            ", which does not exist, and the check never passes. Keep one prefix: [\"CMD-SHELL\", "
            "\"<command>\"] to run it with the shell, or [\"CMD\", \"<program>\", \"<argument>\", …]");
    return;
  }
  // CMD runs its arguments without a shell: a single argument with spaces is taken as the name of
  // a program ("curl -f http://localhost/"), which does not exist.
  if (first.value == "CMD" && check.command.size() == 2 && second.known() && hasWhitespace(second.value)) {
    context.reportUntranslated(valueOf(first.node),
                   "healthCheck.command of " + who + " is [\"CMD\", \"" + std::string(second.value) +
                       "\"]: CMD runs its arguments without a shell, so Docker looks for a program "
                       "literally named \"" +
                       std::string(second.value) +
                       "\" and the check always fails. Use \"CMD-SHELL\" to run it with the shell, or "
                       "split the command into one element per argument after \"CMD\"");
  }
}

void checkTiming(RuleContext& context, const Container& container, const HealthCheck& check) {
  if (check.interval.unknown() || check.timeout.unknown()) return;
  if (check.interval.absent() && check.timeout.absent()) return;
  const std::int64_t interval = check.interval.known() ? check.interval.value : kDefaultInterval;
  const std::int64_t timeout = check.timeout.known() ? check.timeout.value : kDefaultTimeout;
  if (timeout < interval) return;
  const Target target = check.timeout.known() ? valueOf(check.timeout.node) : valueOf(check.interval.node);
  context.reportUntranslated(target, Severity::Warning,
                 "healthCheck of " + describeContainer(container) + " has a timeout of " +
                     std::to_string(timeout) + "s" + (check.timeout.known() ? "" : " (the default)") +
                     " but an interval of " + std::to_string(interval) + "s" +
                     (check.interval.known() ? "" : " (the default)") +
                     ": a check may still be running when the next one is due. Make the timeout "
                     "shorter than the interval");
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
