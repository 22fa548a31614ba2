// ECS305 invalid-log-option: awslogs options the driver rejects or ignores.
#include <algorithm>
#include <array>
#include <cctype>

#include "rules/checks.h"
#include "rules/rule_helpers.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

// The options ECS accepts for awslogs: the ones its developer guide documents, which are fewer
// than the awslogs driver of Docker has. ECS checks the keys when the task definition is
// registered and refuses any other ("Log driver awslogs disallows options: awslogs-endpoint").
constexpr std::array<std::string_view, 8> kAwslogsOptions = {
    "awslogs-create-group", "awslogs-datetime-format", "awslogs-group",   "awslogs-multiline-pattern",
    "awslogs-region",       "awslogs-stream-prefix",   "max-buffer-size", "mode"};

// Options of Docker's awslogs driver that ECS does not pass through: a misspelling of none of them,
// so the message says why the key is refused instead of suggesting another.
constexpr std::array<std::string_view, 8> kDockerOnlyOptions = {
    "awslogs-create-stream", "awslogs-credentials-endpoint",
    "awslogs-endpoint",      "awslogs-force-flush-interval-seconds",
    "awslogs-format",        "awslogs-max-buffered-events",
    "awslogs-stream",        "tag"};

bool isOneOf(std::string_view name, const auto& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// A key ECS refuses: why, and what to write instead.
void reportDisallowedOption(RuleContext& context, const std::string& who, const LogOption& option) {
  const std::string name(option.name);
  if (isOneOf(option.name, kDockerOnlyOptions)) {
    context.report(keyOf(option.value.node), "ECS305.disallowed.docker-only",
                   {{"container", who}, {"option", name}});
  } else if (const auto closest = closestSpelling(option.name, kAwslogsOptions)) {
    context.report(keyOf(option.value.node), "ECS305.disallowed.misspelled",
                   {{"container", who}, {"option", name}, {"suggestion", std::string(*closest)}});
  } else {
    context.report(keyOf(option.value.node), "ECS305.disallowed", {{"container", who}, {"option", name}});
  }
}

// Region codes: lower-case words joined by '-' and ending in a number ("us-east-1",
// "us-gov-west-1", "eusc-de-east-1"). Catches "us-east1", "US-EAST-1" and zone names ("us-east-1a").
// An upper-case token ("REGION", "AWS_REGION") or a value with '$' is a template marker that a
// deploy script replaces: unknown, not wrong.
bool isTemplateMarker(std::string_view value) {
  if (value.find('$') != std::string_view::npos) return true;
  for (char c : value) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

bool looksLikeRegion(std::string_view region) {
  const std::size_t lastDash = region.rfind('-');
  if (lastDash == std::string_view::npos || lastDash == 0 || lastDash + 1 == region.size()) return false;
  for (char c : region.substr(lastDash + 1)) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
  }
  const std::string_view words = region.substr(0, lastDash);
  if (words.find('-') == std::string_view::npos || words.front() == '-' ||
      words.find("--") != std::string_view::npos) {
    return false;
  }
  for (char c : words) {
    if (c != '-' && (c < 'a' || c > 'z')) return false;
  }
  return true;
}

void checkOption(RuleContext& context, const Container& container, const LogConfiguration& log,
                 const LogOption& option) {
  const std::string name(option.name);
  // Named only when a finding needs it: most options and commands are fine.
  const auto who = [&] { return describeContainer(context, container); };
  if (!isOneOf(option.name, kAwslogsOptions)) {
    reportDisallowedOption(context, who(), option);
    return;
  }
  if (option.notString) {
    context.report(valueOf(option.value.node), "ECS305.not-string",
                   {{"option", name},
                    {"container", who()},
                    {"value", std::string(context.sourceText(option.value.node))}});
    return;
  }
  if (!option.value.known()) return;
  const std::string value(option.value.value);
  if (option.name == "mode" && value != "blocking" && value != "non-blocking") {
    context.report(valueOf(option.value.node), "ECS305.invalid-mode",
                   {{"value", value}, {"container", who()}});
  } else if (option.name == "max-buffer-size") {
    const LogOption* mode = log.option("mode");
    if (mode != nullptr && mode->value.is("blocking")) {
      context.report(valueOf(option.value.node), Severity::Warning, "ECS305.buffer-in-blocking-mode",
                     {{"value", value}, {"container", who()}});
    }
  } else if (option.name == "awslogs-region" && !value.empty() && !isTemplateMarker(value) &&
             !looksLikeRegion(value)) {
    context.report(valueOf(option.value.node), "ECS305.invalid-region",
                   {{"value", value}, {"container", who()}});
  } else if (option.name == "awslogs-create-group" && !value.empty() && value != "true") {
    context.report(valueOf(option.value.node), "ECS305.invalid-create-group",
                   {{"value", value}, {"container", who()}});
    // Leaving the option out means what "false" meant: the log group is not created. Any other
    // value ("yes", "True") may have meant to create it, which only the author can say.
    if (lowercase(value) == "false")
      context.offerFix("ECS305.fix.remove-create-group", {{"value", value}},
                       [&option](Editor& edit) { edit.removeMember(option.value.node); });
  } else if (option.name == "awslogs-multiline-pattern" && log.option("awslogs-datetime-format") != nullptr) {
    context.report(keyOf(option.value.node), "ECS305.datetime-and-multiline", {{"container", who()}});
  }
}

}  // namespace

void checkInvalidLogOption(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    const auto& log = container.logConfiguration;
    if (!log || !log->logDriver.is("awslogs")) continue;
    for (const LogOption& option : log->options) checkOption(context, container, *log, option);
  }
}

}  // namespace ecslint
