// ECS305 invalid-log-option: awslogs options the driver rejects or ignores.
#include <array>
#include <cctype>

#include "rules/checks.h"
#include "rules/rule_helpers.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

// The options of Docker's awslogs driver, plus ECS's awslogs-stream-prefix and the mode and
// max-buffer-size options every driver takes. Docker refuses any other key.
constexpr std::array<std::string_view, 16> kAwslogsOptions = {"awslogs-create-group",
                                                              "awslogs-create-stream",
                                                              "awslogs-credentials-endpoint",
                                                              "awslogs-datetime-format",
                                                              "awslogs-endpoint",
                                                              "awslogs-force-flush-interval-seconds",
                                                              "awslogs-format",
                                                              "awslogs-group",
                                                              "awslogs-max-buffered-events",
                                                              "awslogs-multiline-pattern",
                                                              "awslogs-region",
                                                              "awslogs-stream",
                                                              "awslogs-stream-prefix",
                                                              "max-buffer-size",
                                                              "mode",
                                                              "tag"};

bool isKnownOption(std::string_view name) {
  for (std::string_view option : kAwslogsOptions) {
    if (option == name) return true;
  }
  return false;
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
  if (!isKnownOption(option.name)) {
    std::string message = who + " passes the option '" + name +
                          "' to the awslogs driver, which does not know it: " +
                          "Docker refuses to start the container with \"unknown log opt '" + name +
                          "' for awslogs log driver\".";
    if (const auto closest = closestSpelling(option.name, kAwslogsOptions)) {
      message += " Did you mean '" + std::string(*closest) + "'?";
    } else {
      message += " Remove it";
    }
    context.report(keyOf(option.value.node), std::move(message));
    return;
  }
  if (option.notString) {
    context.report(valueOf(option.value.node),
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
    context.report(valueOf(option.value.node),
                   "log option mode \"" + value + "\" of " + who +
                       " is not a delivery mode: the valid values are \"non-blocking\" (the default, logs "
                       "are buffered and may be dropped) and \"blocking\" (the application waits when "
                       "CloudWatch Logs cannot keep up)");
  } else if (option.name == "max-buffer-size") {
    const LogOption* mode = log.option("mode");
    if (mode != nullptr && mode->value.is("blocking")) {
      context.report(valueOf(option.value.node), Severity::Warning,
                     "max-buffer-size \"" + value + "\" of " + who +
                         " has no effect: the buffer exists only in non-blocking mode, and this container "
                         "sets \"mode\": \"blocking\". Remove max-buffer-size, or switch to non-blocking");
    }
  } else if (option.name == "awslogs-region" && !value.empty() && !isTemplateMarker(value) &&
             !looksLikeRegion(value)) {
    context.report(valueOf(option.value.node),
                   "awslogs-region \"" + value + "\" of " + who +
                       " is not an AWS Region code (such as \"us-east-1\" or \"eu-west-2\"; an Availability "
                       "Zone like \"us-east-1a\" is not a Region): the driver cannot reach CloudWatch Logs "
                       "and the container fails to start");
  } else if (option.name == "awslogs-multiline-pattern" && log.option("awslogs-datetime-format") != nullptr) {
    context.report(keyOf(option.value.node),
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
