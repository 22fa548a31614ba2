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

std::string disallowedOptionMessage(const std::string& who, std::string_view name) {
  const std::string key(name);
  std::string message = who + " passes the option '" + key +
                        "' to the awslogs driver, which ECS does not accept: it rejects the task definition "
                        "with \"Log driver awslogs disallows options: " +
                        key + "\".";
  if (isOneOf(name, kDockerOnlyOptions)) {
    return message +
           " Docker's awslogs driver has this option, but ECS passes only awslogs-group, "
           "awslogs-region, awslogs-stream-prefix, awslogs-create-group, awslogs-datetime-format, "
           "awslogs-multiline-pattern, mode and max-buffer-size. Remove it";
  }
  if (const auto closest = closestSpelling(name, kAwslogsOptions)) {
    return message + " Did you mean '" + std::string(*closest) + "'?";
  }
  return message + " Remove it";
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
  const std::string who = describeContainer(container);
  if (!isOneOf(option.name, kAwslogsOptions)) {
    context.reportUntranslated(keyOf(option.value.node), disallowedOptionMessage(who, option.name));
    return;
  }
  if (option.notString) {
    context.reportUntranslated(valueOf(option.value.node),
                   "awslogs option '" + name + "' of " + who + " is " +
                       std::string(context.sourceText(option.value.node)) +
                       ", not a string: logConfiguration.options maps names to strings, so write it in "
                       "quotes (\"" +
                       std::string(context.sourceText(option.value.node)) + "\")");
    return;
  }
  if (!option.value.known()) return;
  const std::string value(option.value.value);
  if (option.name == "mode" && value != "blocking" && value != "non-blocking") {
    context.reportUntranslated(valueOf(option.value.node),
                   "log option mode \"" + value + "\" of " + who +
                       " is not a delivery mode: the valid values are \"non-blocking\" (the default, logs "
                       "are buffered and may be dropped) and \"blocking\" (the application waits when "
                       "CloudWatch Logs cannot keep up)");
  } else if (option.name == "max-buffer-size") {
    const LogOption* mode = log.option("mode");
    if (mode != nullptr && mode->value.is("blocking")) {
      context.reportUntranslated(valueOf(option.value.node), Severity::Warning,
                     "max-buffer-size \"" + value + "\" of " + who +
                         " has no effect: the buffer exists only in non-blocking mode, and this container "
                         "sets \"mode\": \"blocking\". Remove max-buffer-size, or switch to non-blocking");
    }
  } else if (option.name == "awslogs-region" && !value.empty() && !isTemplateMarker(value) &&
             !looksLikeRegion(value)) {
    context.reportUntranslated(valueOf(option.value.node),
                   "awslogs-region \"" + value + "\" of " + who +
                       " is not an AWS Region code (such as \"us-east-1\" or \"eu-west-2\"; an Availability "
                       "Zone like \"us-east-1a\" is not a Region): the driver cannot reach CloudWatch Logs "
                       "and the container fails to start");
  } else if (option.name == "awslogs-create-group" && !value.empty() && value != "true") {
    context.reportUntranslated(valueOf(option.value.node),
                   "awslogs-create-group \"" + value + "\" of " + who +
                       ": ECS accepts only \"true\" here and rejects the task definition otherwise (\"" +
                       "should only be set to 'true', else omit option\"). Not creating the log group is "
                       "the default: remove the option, or set it to \"true\" to have the log group created");
    // Leaving the option out means what "false" meant: the log group is not created. Any other
    // value ("yes", "True") may have meant to create it, which only the author can say.
    if (lowercase(value) == "false")
      context.offerFixUntranslated("remove awslogs-create-group \"" + value + "\"",
                       [&option](Editor& edit) { edit.removeMember(option.value.node); });
  } else if (option.name == "awslogs-multiline-pattern" && log.option("awslogs-datetime-format") != nullptr) {
    context.reportUntranslated(keyOf(option.value.node),
                   who +
                       " sets both awslogs-datetime-format and awslogs-multiline-pattern: ECS does not "
                       "allow both, and the driver would ignore the multiline pattern. Keep one of them");
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
