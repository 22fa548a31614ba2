#pragma once
// The form of an IAM role reference in taskRoleArn / executionRoleArn: a role ARN
// (arn:aws:iam::123456789012:role/path/name) or a bare role name, which ECS completes with the
// caller's account when it registers the task definition.

#include <optional>
#include <string>
#include <string_view>

namespace ecslint {

// What is wrong with `reference` as a role reference, in words for a message ("it is an IAM
// policy ARN, not a role ARN"); nullopt when it is a valid role ARN or role name, or when its
// account field is a template marker such as ACCOUNT_ID or XXXXXXXXXXXX (unknown, not wrong).
std::optional<std::string> roleReferenceProblem(std::string_view reference);

}  // namespace ecslint
