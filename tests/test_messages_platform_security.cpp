// Messages of the platform and security rules in Japanese: the phrases they take as arguments (the
// launch type and its --launch-type note for ECS601, the kind of credential for ECS702) render in the
// run's language too, not only the sentence around them.
#include <doctest/doctest.h>

#include "test_support.h"

namespace ecslint::test {

namespace {

LintOptions japanese(std::optional<LaunchType> launchType = std::nullopt) {
  LintOptions options(launchType);
  options.language = Language::Japanese;
  return options;
}

// The message of the first finding of `rule`, or "" when it found nothing.
std::string messageOf(const FileReport& report, std::string_view rule) {
  for (const Finding& finding : report.findings) {
    if (finding.rule->id == rule) return finding.message;
  }
  return "";
}

}  // namespace

TEST_CASE("messages in Japanese: ECS601 says Fargate, and that --launch-type assumed it") {
  const std::string privileged = R"({"family": "web", "containerDefinitions": [{"name": "web",
    "image": "nginx:1.27", "memory": 512, "privileged": true}]})";
  CHECK(messageOf(lintText(privileged, japanese(LaunchType::Fargate)), "ECS601")
            .starts_with("コンテナ 'web' の 'privileged' は Fargate (--launch-type で指定) "
                         "ではサポートされていません。"));
  const std::string declared = R"({"family": "web", "requiresCompatibilities": ["FARGATE"],
    "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512, "privileged": true}]})";
  CHECK(messageOf(lintText(declared, japanese()), "ECS601")
            .starts_with("コンテナ 'web' の 'privileged' は Fargate ではサポートされていません。"));
}

TEST_CASE("messages in Japanese: ECS702 names the kind of credential in Japanese") {
  const FileReport report = lintText(R"({"family": "web", "containerDefinitions": [{"name": "web",
    "image": "nginx:1.27", "memory": 512, "environment": [{"name": "DB_PASSWORD", "value": "s3cr3t-pw"}]}]})",
                                     japanese());
  CHECK(
      messageOf(report, "ECS702")
          .starts_with(
              "コンテナ 'web' の環境変数 'DB_PASSWORD' に、秘密情報 (パスワード) が平文で書かれています。"));
}

}  // namespace ecslint::test
