#include "schema/cloudformation_differences.h"

#include <algorithm>
#include <array>

namespace ecslint {
namespace {

using Kind = CloudFormationDifference::Kind;

constexpr std::array<CloudFormationDifference, 9> kDifferences{{
    // describe-task-definition output's members, which the API's schema declares read-only for
    // ECS009; the resource has none of them (its only read-only property is TaskDefinitionArn).
    {"revision", Kind::NotAProperty},
    {"status", Kind::NotAProperty},
    {"requiresAttributes", Kind::NotAProperty},
    {"compatibilities", Kind::NotAProperty},
    {"registeredAt", Kind::NotAProperty},
    {"registeredBy", Kind::NotAProperty},
    {"deregisteredAt", Kind::NotAProperty},
    {"deleteRequestedAt", Kind::NotAProperty},
    // The resource requires no property (its schema has no "required"): CloudFormation names the
    // family itself when Family is absent. ContainerDefinitions stays required: ECS requires it.
    {"family", Kind::NotRequired},
}};

}  // namespace

std::span<const CloudFormationDifference> cloudFormationDifferences() { return kDifferences; }

bool hasCloudFormationDifference(std::string_view canonicalPath, CloudFormationDifference::Kind kind) {
  return std::any_of(kDifferences.begin(), kDifferences.end(),
                     [&](const CloudFormationDifference& difference) {
                       return difference.canonicalPath == canonicalPath && difference.kind == kind;
                     });
}

}  // namespace ecslint
