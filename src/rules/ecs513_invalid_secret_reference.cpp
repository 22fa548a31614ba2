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

// Why a valueFrom is no secret reference: a phrase of the catalogue (ECS513.problem.*), passed as
// the {problem} of ECS513.invalid.
struct Problem {
  std::string_view id;
  MessageArgs arguments = {};
};

// Why `name` is not a parameter name (or nullopt when it is one). A name may carry a version or
// label selector after one ':' ("name:3").
std::optional<Problem> parameterNameProblem(std::string_view name) {
  const std::size_t colon = name.find(':');
  const std::string_view base = name.substr(0, colon);
  if (base.empty()) return Problem{"ECS513.problem.not-parameter-name"};
  if (!allOf(base, isParameterNameChar)) return Problem{"ECS513.problem.parameter-name-characters"};
  if (colon != std::string_view::npos) {
    const std::string_view selector = name.substr(colon + 1);
    if (selector.empty() || !allOf(selector, [](char c) { return c != '/' && isParameterNameChar(c); })) {
      return Problem{"ECS513.problem.parameter-name-characters"};
    }
  }
  return std::nullopt;
}

// arn:partition:secretsmanager:region:account:secret:name[:json-key[:version-stage[:version-id]]]
std::optional<Problem> secretsManagerProblem(const std::vector<std::string_view>& parts) {
  if (parts.size() < 7 || parts[5] != "secret") return Problem{"ECS513.problem.secret-resource"};
  if (parts[6].empty() || !allOf(parts[6], isSecretNameChar)) return Problem{"ECS513.problem.secret-name"};
  if (parts.size() > 10) return Problem{"ECS513.problem.secret-suffix"};
  return std::nullopt;
}

// arn:partition:ssm:region:account:parameter/name
std::optional<Problem> parameterArnProblem(std::string_view resource) {
  if (!resource.starts_with("parameter/") || resource.size() == std::string_view("parameter/").size()) {
    return Problem{"ECS513.problem.parameter-resource"};
  }
  if (!allOf(resource.substr(std::string_view("parameter/").size()), isParameterNameChar)) {
    return Problem{"ECS513.problem.parameter-name-characters"};
  }
  return std::nullopt;
}

std::optional<Problem> referenceProblem(std::string_view valueFrom) {
  if (!valueFrom.starts_with("arn:")) return parameterNameProblem(valueFrom);
  const std::vector<std::string_view> parts = split(valueFrom, ':');
  if (parts.size() < 6 || parts[1].empty() || parts[2].empty()) return Problem{"ECS513.problem.not-an-arn"};
  if (parts[2] != "secretsmanager" && parts[2] != "ssm") {
    return Problem{"ECS513.problem.wrong-service", {{"service", std::string(parts[2])}}};
  }
  if (parts[3].empty() || parts[4].empty()) {
    return Problem{"ECS513.problem.no-region-or-account", {{"service", std::string(parts[2])}}};
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
  const std::optional<Problem> problem = referenceProblem(entry.value.value);
  if (!problem) return;
  context.report(valueOf(entry.value.node), "ECS513.invalid",
                 {{"field", std::string(where)},
                  {"value", std::string(entry.value.value)},
                  {"container", describeContainer(context, container)},
                  {"problem", context.phrase(problem->id, problem->arguments)}});
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
