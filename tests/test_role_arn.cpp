// Role references: what ECS207 accepts and what it reports.
#include <doctest/doctest.h>

#include "model/role_arn.h"
#include "test_support.h"

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
  using Kind = RoleReferenceProblem::Kind;
  const auto kind = [](const char* reference) { return roleReferenceProblem(reference).value().kind; };
  const auto part = [](const char* reference) { return roleReferenceProblem(reference).value().part; };
  CHECK(kind("arn:aws:iam::123456789012:policy/AmazonECSTaskExecutionRolePolicy") == Kind::PolicyArn);
  CHECK(kind("arn:aws:iam::123456789012:instance-profile/ecs") == Kind::InstanceProfileArn);
  CHECK(kind("arn:aws:iam::123456789012:user/deploy") == Kind::UserArn);
  CHECK(kind("arn:aws:iam::123456789012:group/admins") == Kind::GroupArn);
  CHECK(kind("arn:aws:ecs:us-east-1:123456789012:cluster/main") == Kind::OtherService);
  CHECK(part("arn:aws:ecs:us-east-1:123456789012:cluster/main") == "ecs");
  CHECK(kind("arn:aws:sts::123456789012:assumed-role/web/session") == Kind::StsSession);
  CHECK(kind("arn:aws:iam:us-east-1:123456789012:role/web") == Kind::HasRegion);
  CHECK(part("arn:aws:iam:us-east-1:123456789012:role/web") == "us-east-1");
  CHECK(kind("arn:amazon:iam::123456789012:role/web") == Kind::UnknownPartition);
  CHECK(part("arn:amazon:iam::123456789012:role/web") == "amazon");
  CHECK(kind("arn:aws:iam::11111111111:role/web") == Kind::InvalidAccount);
  CHECK(part("arn:aws:iam::1234-5678-9012:role/web") == "1234-5678-9012");
  CHECK(kind("arn:aws:iam::123456789012:role/") == Kind::InvalidRoleName);
  CHECK(kind("arn:aws:iam::123456789012:role") == Kind::NotRoleResource);
  CHECK(part("arn:aws:iam::123456789012:role") == "role");
  CHECK(kind("arn:aws:iam::123456789012") == Kind::NotSixParts);
  CHECK(kind("role/ecsTaskExecutionRole") == Kind::NeitherArnNorName);
  CHECK(kind("my task role") == Kind::NeitherArnNorName);
}

// ECS207 says each reason in words (rules/messages/iam.txt, the ECS207.problem phrases).
TEST_CASE("role references: ECS207 names the reason in its message") {
  const auto message = [](const std::string& reference) {
    std::string task = kCleanTask;
    task.replace(task.find("arn:aws:iam::123456789012:role/webTaskExecutionRole"),
                 std::string_view("arn:aws:iam::123456789012:role/webTaskExecutionRole").size(), reference);
    for (const Finding& finding : lintText(task).findings) {
      if (std::string_view(finding.rule->id) == "ECS207") return finding.message;
    }
    return std::string();
  };
  const auto says = [&](const std::string& reference, std::string_view words) {
    INFO(reference);
    CHECK_MESSAGE(message(reference).find(words) != std::string::npos, message(reference));
  };
  says("arn:aws:iam::123456789012:policy/AmazonECSTaskExecutionRolePolicy", "it is an IAM policy ARN");
  says("arn:aws:iam::123456789012:instance-profile/ecs", "EC2 instance profile ARN");
  says("arn:aws:iam::123456789012:user/deploy", "it is an IAM user ARN, not a role ARN");
  says("arn:aws:iam::123456789012:group/admins", "it is an IAM group ARN, not a role ARN");
  says("arn:aws:ecs:us-east-1:123456789012:cluster/main",
       "it is an ARN of the 'ecs' service, not an IAM role");
  says("arn:aws:sts::123456789012:assumed-role/web/session",
       "'sts' service, not an IAM role ARN (an assumed-role session ARN names a session");
  says("arn:aws:iam:us-east-1:123456789012:role/web",
       "IAM ARNs have no Region, but this one has 'us-east-1'");
  says("arn:amazon:iam::123456789012:role/web", "'amazon' is not an AWS partition");
  says("arn:aws:iam::11111111111:role/web", "the account '11111111111' is not a 12-digit AWS account ID");
  says("arn:aws:iam::123456789012:role/", "'' is not a valid role name (1 to 64 letters");
  says("arn:aws:iam::123456789012:role", "its resource part 'role' is not 'role/NAME'");
  says("arn:aws:iam::123456789012", "it does not have the six parts of an ARN");
  says("role/ecsTaskExecutionRole",
       "executionRoleArn \"role/ecsTaskExecutionRole\" is not an IAM role: it "
       "is neither a role ARN");
}

}  // namespace ecslint::test
