#pragma once
// The form of an IAM role reference in taskRoleArn / executionRoleArn: a role ARN
// (arn:aws:iam::123456789012:role/path/name) or a bare role name, which ECS completes with the
// caller's account when it registers the task definition.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ecslint {

// What can be wrong with a role reference; ECS207 says each in words of the run's language.
struct RoleReferenceProblem {
  enum class Kind : std::uint8_t {
    NeitherArnNorName,   // not "arn:..." and not a valid role name
    NotSixParts,         // "arn:" with fewer than six parts
    UnknownPartition,    // part: the partition
    OtherService,        // part: the service ("ecs")
    StsSession,          // an sts ARN: an assumed-role session, not the role
    HasRegion,           // part: the Region an IAM ARN should not have
    PolicyArn,           // arn:...:policy/...
    InstanceProfileArn,  // arn:...:instance-profile/...
    UserArn,             // arn:...:user/...
    GroupArn,            // arn:...:group/...
    NotRoleResource,     // part: the resource, which is not role/NAME
    InvalidRoleName,     // part: the name after role/
    InvalidAccount,      // part: the account, which is not 12 digits
  };
  Kind kind;
  std::string part;  // the part of the reference at fault, when the problem names one
};

// What is wrong with `reference` as a role reference; nullopt when it is a valid role ARN or role
// name, or when its account field is a template marker such as ACCOUNT_ID or XXXXXXXXXXXX
// (unknown, not wrong).
std::optional<RoleReferenceProblem> roleReferenceProblem(std::string_view reference);

}  // namespace ecslint
