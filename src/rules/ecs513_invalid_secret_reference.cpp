// ECS513 invalid-secret-reference: a secrets / secretOptions valueFrom that is neither a Secrets
// Manager secret ARN, an SSM Parameter Store parameter ARN, nor a parameter name.
#include <optional>

#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

// Parameter Store names: "a-zA-Z0-9_.-", and "/" between the levels of a hierarchy.
bool isParameterNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '-' || c == '/';
}
// Secret names chosen by users use "/_+=.@-", but secrets that services manage have others
// ("rds!cluster-..."): only what no ARN can contain is rejected.
bool isSecretNameChar(char c) { return c > ' ' && c != '\x7f'; }
template <class Pred>
bool allOf(std::string_view text, Pred pred) {
  for (const char c : text) {
    if (!pred(c)) return false;
  }
  return true;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

// Why `name` is not a parameter name (or nullopt when it is one). A name may carry a version or
// label selector after one ':' ("name:3").
std::optional<std::string> parameterNameProblem(std::string_view name) {
  const std::size_t colon = name.find(':');
  const std::string_view base = name.substr(0, colon);
  if (base.empty()) return "it is not a parameter name";
  if (!allOf(base, isParameterNameChar)) {
    return "a parameter name may contain only letters, digits, '_', '.', '-' and '/'";
  }
  if (colon != std::string_view::npos) {
    const std::string_view selector = name.substr(colon + 1);
    if (selector.empty() || !allOf(selector, [](char c) { return c != '/' && isParameterNameChar(c); })) {
      return "a parameter name may contain only letters, digits, '_', '.', '-' and '/'";
    }
  }
  return std::nullopt;
}

// arn:partition:secretsmanager:region:account:secret:name[:json-key[:version-stage[:version-id]]]
std::optional<std::string> secretsManagerProblem(const std::vector<std::string_view>& parts) {
  if (parts.size() < 7 || parts[5] != "secret") {
    return "a Secrets Manager ARN names its secret as 'secret:<name>' after the account "
           "(arn:aws:secretsmanager:<region>:<account>:secret:<name>)";
  }
  if (parts[6].empty() || !allOf(parts[6], isSecretNameChar)) {
    return "the secret name after 'secret:' must be non-empty and contain no spaces";
  }
  if (parts.size() > 10) {
    return "after the secret name only ':json-key:version-stage:version-id' may follow";
  }
  return std::nullopt;
}

// arn:partition:ssm:region:account:parameter/name
std::optional<std::string> parameterArnProblem(std::string_view resource) {
  if (!resource.starts_with("parameter/") || resource.size() == std::string_view("parameter/").size()) {
    return "an SSM parameter ARN ends in 'parameter/<name>' "
           "(arn:aws:ssm:<region>:<account>:parameter/<name>)";
  }
  if (!allOf(resource.substr(std::string_view("parameter/").size()), isParameterNameChar)) {
    return "a parameter name may contain only letters, digits, '_', '.', '-' and '/'";
  }
  return std::nullopt;
}

std::optional<std::string> referenceProblem(std::string_view valueFrom) {
  if (!valueFrom.starts_with("arn:")) return parameterNameProblem(valueFrom);
  const std::vector<std::string_view> parts = split(valueFrom, ':');
  if (parts.size() < 6 || parts[1].empty() || parts[2].empty()) {
    return "it starts like an ARN but is not one (arn:<partition>:<service>:<region>:<account>:<resource>)";
  }
  if (parts[2] != "secretsmanager" && parts[2] != "ssm") {
    return "it is an ARN of '" + std::string(parts[2]) +
           "', but ECS reads secrets only from Secrets Manager (secretsmanager) or Systems Manager "
           "Parameter Store (ssm)";
  }
  if (parts[3].empty() || parts[4].empty()) {
    return "the ARN lacks its Region or account (arn:<partition>:" + std::string(parts[2]) +
           ":<region>:<account>:...)";
  }
  if (parts[2] == "secretsmanager") return secretsManagerProblem(parts);
  // ssm: the resource is everything after the fifth ':'.
  std::size_t resourceStart = 0;
  for (int colon = 0; colon < 5; ++colon) resourceStart = valueFrom.find(':', resourceStart) + 1;
  return parameterArnProblem(valueFrom.substr(resourceStart));
}

void checkReference(RuleContext& context, const Container& container, const NameValue& entry,
                    std::string_view where) {
  if (!entry.value.known() || entry.value.value.empty()) return;  // placeholder, or ECS010's ""
  const std::optional<std::string> problem = referenceProblem(entry.value.value);
  if (!problem) return;
  context.reportUntranslated(valueOf(entry.value.node),
                 std::string(where) + " valueFrom '" + std::string(entry.value.value) + "' of " +
                     describeContainer(container) + " is not a valid secret reference: " + *problem +
                     ". ECS accepts the ARN of a Secrets Manager secret (optionally followed by "
                     "':json-key:version-stage:version-id'), the ARN of an SSM Parameter Store "
                     "parameter, or the name of a parameter in the task's Region; anything else fails "
                     "when the task starts");
}

}  // namespace

void checkInvalidSecretReference(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    for (const NameValue& secret : container.secrets) checkReference(context, container, secret, "secrets");
    if (container.logConfiguration) {
      for (const NameValue& option : container.logConfiguration->secretOptions) {
        checkReference(context, container, option, "logConfiguration.secretOptions");
      }
    }
  }
}

}  // namespace ecslint
