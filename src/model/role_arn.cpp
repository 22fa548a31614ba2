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

using Kind = RoleReferenceProblem::Kind;

std::optional<RoleReferenceProblem> resourceProblem(std::string_view resource) {
  const std::size_t slash = resource.find('/');
  const std::string_view type = resource.substr(0, slash);
  if (type == "policy") return RoleReferenceProblem{Kind::PolicyArn, {}};
  if (type == "instance-profile") return RoleReferenceProblem{Kind::InstanceProfileArn, {}};
  if (type == "user") return RoleReferenceProblem{Kind::UserArn, {}};
  if (type == "group") return RoleReferenceProblem{Kind::GroupArn, {}};
  if (type != "role" || slash == std::string_view::npos) {
    return RoleReferenceProblem{Kind::NotRoleResource, std::string(resource)};
  }
  const std::string_view name = resource.substr(resource.rfind('/') + 1);
  if (!isRoleName(name)) return RoleReferenceProblem{Kind::InvalidRoleName, std::string(name)};
  return std::nullopt;
}

}  // namespace

std::optional<RoleReferenceProblem> roleReferenceProblem(std::string_view reference) {
  if (!reference.starts_with("arn:")) {
    if (isRoleName(reference)) return std::nullopt;
    return RoleReferenceProblem{Kind::NeitherArnNorName, {}};
  }
  // arn:partition:service:region:account:resource
  const std::vector<std::string_view> parts = splitColons(reference, 6);
  if (parts.size() < 6) return RoleReferenceProblem{Kind::NotSixParts, {}};
  const std::string_view partition = parts[1], service = parts[2], region = parts[3], account = parts[4];
  if (std::find(kPartitions.begin(), kPartitions.end(), partition) == kPartitions.end()) {
    return RoleReferenceProblem{Kind::UnknownPartition, std::string(partition)};
  }
  if (service == "sts") return RoleReferenceProblem{Kind::StsSession, std::string(service)};
  if (service != "iam") return RoleReferenceProblem{Kind::OtherService, std::string(service)};
  if (!region.empty()) return RoleReferenceProblem{Kind::HasRegion, std::string(region)};
  if (auto problem = resourceProblem(parts[5])) return problem;
  // A 12-digit account; letters mean a template marker (ACCOUNT_ID, XXXXXXXXXXXX): unknown.
  if (allOf(account, "- ", true)) {
    if (account.size() != 12 || !allOf(account, "", true)) {
      return RoleReferenceProblem{Kind::InvalidAccount, std::string(account)};
    }
  }
  return std::nullopt;
}

}  // namespace ecslint
