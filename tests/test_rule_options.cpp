// Rule options from the configuration, as checks read them: RuleOptions' matching, and ECS702 and
// ECS707 reading the parsed configuration's options through RuleContext::options().
#include <doctest/doctest.h>

#include "config/config.h"
#include "test_support.h"

namespace ecslint::test {

TEST_CASE("rule options: trusted registries match a registry, a path prefix, or a pattern") {
  RuleOptions options;
  CHECK_FALSE(options.trustsImage("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest"));
  options.trustedRegistries = {"123456789012.dkr.ecr.us-east-1.amazonaws.com", "ghcr.io/acme/",
                               "*.dkr.ecr.*.amazonaws.com.cn", "docker.io/library/nginx"};
  CHECK(options.trustsImage("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest"));
  CHECK(options.trustsImage("123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app"));
  CHECK_FALSE(options.trustsImage("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:latest"));
  CHECK(options.trustsImage("ghcr.io/acme/api:latest"));
  CHECK(options.trustsImage("ghcr.io/acme/tools/api@sha256:0000"));
  CHECK_FALSE(options.trustsImage("ghcr.io/acme-other/api:latest"));  // a prefix ends at a '/'
  CHECK_FALSE(options.trustsImage("ghcr.io/evil/acme:latest"));
  CHECK(options.trustsImage("210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/app"));
  // Docker Hub short names are matched in full: nginx is docker.io/library/nginx.
  CHECK(options.trustsImage("nginx:latest"));
  CHECK(options.trustsImage("nginx"));
  CHECK_FALSE(options.trustsImage("bitnami/nginx:latest"));
  // A registry with a port keeps it; the tag is not mistaken for one.
  options.trustedRegistries = {"registry.internal:5000"};
  CHECK(options.trustsImage("registry.internal:5000/app:1.0"));
  CHECK_FALSE(options.trustsImage("registry.internal/app:1.0"));
}

namespace {

std::string ids(const RuleOptions& options, const std::string& text) {
  LintOptions lintOptions;
  lintOptions.ruleOptions = options;
  const Linter linter(RuleCatalogue::builtIn(), RuleSelection(RuleCatalogue::builtIn()), lintOptions);
  return ruleIds(linter.lint("task.json", text));
}

// Clean but for what the options decide: an image on ':latest' and a database DSN with its password.
const std::string kTask = R"({"family": "f", "requiresCompatibilities": ["EC2"], "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/fTaskExecutionRole",
  "containerDefinitions": [{"name": "a", "image": "ghcr.io/acme/api:latest",
    "environment": [{"name": "ORDERS_DSN", "value": "postgres://orders:hunter2@db:5432/orders"}],
    "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/f",
      "awslogs-region": "us-east-1", "awslogs-stream-prefix": "a"}}}]})";

}  // namespace

TEST_CASE("rule options: ECS707 and ECS702 read them from the configuration") {
  if (RuleCatalogue::builtIn().find("ECS707") == nullptr ||
      RuleCatalogue::builtIn().find("ECS702") == nullptr) {
    MESSAGE("skipped: ECS702 and ECS707 are not in the catalogue");
    return;
  }
  CHECK(ids({}, kTask) == "ECS707");
  const auto config = parseConfig(RuleCatalogue::builtIn(), "/repo/.ecslint.json", R"({
    "rule_options": {
      "mutable-image-tag": {"trusted_registries": ["ghcr.io/acme"]},
      "ECS702": {"secret_name_patterns": ["*_dsn"]}
    }})");
  REQUIRE_MESSAGE(config.has_value(), (config ? "" : config.error()));
  CHECK(ids(config->ruleOptions, kTask) == "ECS702");
  RuleOptions other = config->ruleOptions;
  other.trustedRegistries = {"ghcr.io/other"};
  other.secretNamePatterns = {"DSN"};  // the whole name: ORDERS_DSN does not match
  CHECK(ids(other, kTask) == "ECS707");
}

}  // namespace ecslint::test
