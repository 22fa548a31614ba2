// Role references: what ECS207 accepts and what it reports.
#include <doctest/doctest.h>

#include "model/role_arn.h"

namespace ecslint::test {

TEST_CASE("role references: role ARNs and bare role names are valid") {
  for (const char* valid :
       {"arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "arn:aws:iam::123456789012:role/service-role/path/web+app=1,v.2@x_y-z",
        "arn:aws-cn:iam::123456789012:role/web", "arn:aws-us-gov:iam::123456789012:role/web",
        "ecsTaskExecutionRole", "web-task_role.v2"}) {
    INFO(valid);
    CHECK_FALSE(roleReferenceProblem(valid).has_value());
  }
}

TEST_CASE("role references: an account that is a template marker is unknown, not wrong") {
  for (const char* marker :
       {"arn:aws:iam::ACCOUNT_ID:role/web", "arn:aws:iam::XXXXXXXXXXXX:role/web",
        "arn:aws:iam::xxxxxxxxxx:role/web", "arn:aws:iam::YOUR_AWS_ACCOUNT_ID:role/web"}) {
    INFO(marker);
    CHECK_FALSE(roleReferenceProblem(marker).has_value());
  }
}

TEST_CASE("role references: other ARNs and malformed values are reported with the reason") {
  const auto problem = [](const char* reference) { return roleReferenceProblem(reference).value_or(""); };
  CHECK(problem("arn:aws:iam::123456789012:policy/AmazonECSTaskExecutionRolePolicy").find("policy ARN") !=
        std::string::npos);
  CHECK(problem("arn:aws:iam::123456789012:instance-profile/ecs").find("instance profile") !=
        std::string::npos);
  CHECK(problem("arn:aws:iam::123456789012:user/deploy").find("IAM user ARN") != std::string::npos);
  CHECK(problem("arn:aws:ecs:us-east-1:123456789012:cluster/main").find("'ecs' service") !=
        std::string::npos);
  CHECK(problem("arn:aws:sts::123456789012:assumed-role/web/session").find("assumed-role") !=
        std::string::npos);
  CHECK(problem("arn:aws:iam:us-east-1:123456789012:role/web").find("no Region") != std::string::npos);
  CHECK(problem("arn:amazon:iam::123456789012:role/web").find("partition") != std::string::npos);
  CHECK(problem("arn:aws:iam::11111111111:role/web").find("12-digit") != std::string::npos);
  CHECK(problem("arn:aws:iam::1234-5678-9012:role/web").find("12-digit") != std::string::npos);
  CHECK(problem("arn:aws:iam::123456789012:role/").find("not a valid role name") != std::string::npos);
  CHECK(problem("arn:aws:iam::123456789012:role").find("role/NAME") != std::string::npos);
  CHECK(problem("arn:aws:iam::123456789012").find("six parts") != std::string::npos);
  CHECK(problem("role/ecsTaskExecutionRole").find("neither a role ARN") != std::string::npos);
  CHECK(problem("my task role").find("neither a role ARN") != std::string::npos);
}

}  // namespace ecslint::test
