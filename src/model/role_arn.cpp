#include "model/role_arn.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace ecslint {
namespace {

// AWS partitions whose IAM ARNs ECS can be given.
constexpr std::array<std::string_view, 8> kPartitions = {"aws",       "aws-cn",    "aws-us-gov", "aws-iso",
                                                         "aws-iso-b", "aws-iso-e", "aws-iso-f",  "aws-eusc"};

// IAM role names: 1 to 64 of letters, digits and + = , . @ _ - (IAM CreateRole RoleName).
bool isRoleName(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
           std::string_view("+=,.@_-").find(c) != std::string_view::npos;
  });
}

bool allOf(std::string_view text, std::string_view allowed, bool digits) {
  return std::all_of(text.begin(), text.end(), [&](char c) {
    return (digits && std::isdigit(static_cast<unsigned char>(c)) != 0) ||
           allowed.find(c) != std::string_view::npos;
  });
}

std::vector<std::string_view> splitColons(std::string_view text, std::size_t maxParts) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < maxParts) {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos) break;
    parts.push_back(text.substr(0, colon));
    text.remove_prefix(colon + 1);
  }
  parts.push_back(text);
  return parts;
}

std::optional<std::string> resourceProblem(std::string_view resource) {
  const std::size_t slash = resource.find('/');
  const std::string_view type = resource.substr(0, slash);
  if (type == "policy")
    return "it is an IAM policy ARN, not a role ARN: ECS needs the role the policy is attached to";
  if (type == "instance-profile") {
    return "it is an EC2 instance profile ARN, not a role ARN: use the ARN of a role that trusts "
           "ecs-tasks.amazonaws.com (arn:...:role/NAME)";
  }
  if (type == "user" || type == "group") return "it is an IAM " + std::string(type) + " ARN, not a role ARN";
  if (type != "role" || slash == std::string_view::npos) {
    return "its resource part '" + std::string(resource) + "' is not 'role/NAME'";
  }
  const std::string_view name = resource.substr(resource.rfind('/') + 1);
  if (!isRoleName(name)) {
    return "'" + std::string(name) + "' is not a valid role name (1 to 64 letters, digits and + = , . @ _ -)";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> roleReferenceProblem(std::string_view reference) {
  if (!reference.starts_with("arn:")) {
    if (isRoleName(reference)) return std::nullopt;
    return "it is neither a role ARN (arn:aws:iam::123456789012:role/NAME) nor a role name (1 to 64 "
           "letters, digits and + = , . @ _ -)";
  }
  // arn:partition:service:region:account:resource
  const std::vector<std::string_view> parts = splitColons(reference, 6);
  if (parts.size() < 6)
    return "it does not have the six parts of an ARN (arn:partition:iam::account:role/NAME)";
  const std::string_view partition = parts[1], service = parts[2], region = parts[3], account = parts[4];
  if (std::find(kPartitions.begin(), kPartitions.end(), partition) == kPartitions.end()) {
    return "'" + std::string(partition) + "' is not an AWS partition (aws, aws-cn, aws-us-gov, ...)";
  }
  if (service != "iam") {
    std::string problem = "it is an ARN of the '" + std::string(service) + "' service, not an IAM role ARN";
    if (service == "sts") problem += " (an assumed-role session ARN names a session, not the role)";
    return problem;
  }
  if (!region.empty()) return "IAM ARNs have no Region, but this one has '" + std::string(region) + "'";
  if (auto problem = resourceProblem(parts[5])) return problem;
  // A 12-digit account; letters mean a template marker (ACCOUNT_ID, XXXXXXXXXXXX): unknown.
  if (allOf(account, "- ", true)) {
    if (account.size() != 12 || !allOf(account, "", true)) {
      return "the account '" + std::string(account) + "' is not a 12-digit AWS account ID";
    }
  }
  return std::nullopt;
}

}  // namespace ecslint
