#pragma once
// Reading IAM role references in taskRoleArn / executionRoleArn. Both accept a full role ARN
// (arn:aws:iam::123456789012:role/path/name); taskRoleArn also accepts a bare role name.

#include <string_view>

namespace ecslint {

// The role's name: the last path segment of a role ARN, or the text itself when it is not an ARN.
std::string_view roleName(std::string_view reference);

// True when both references name the same role (same ARN, or same name when either is a name).
bool sameRole(std::string_view a, std::string_view b);

// Names that say "execution role": ecsTaskExecutionRole, MyApp-TaskExecution-1A2B,
// web-execution-role, web_exec_role ... (case and separators ignored).
bool looksLikeExecutionRole(std::string_view reference);

// Names that say "task role" (the application's role) and not "execution role": ecsTaskRole,
// web-task-role, AppTaskRole.
bool looksLikeTaskRole(std::string_view reference);

}  // namespace ecslint
