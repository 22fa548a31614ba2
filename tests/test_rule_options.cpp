// Rule options from the configuration, as checks read them: RuleOptions' matching, and a check
// reaching the parsed configuration's options through RuleContext::options().
#include <doctest/doctest.h>

#include "config/config.h"
#include "engine/rule_context.h"
#include "model/input_shape.h"
#include "model/model_builder.h"
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

TEST_CASE("rule options: extra secret-name patterns are case-insensitive globs over the whole name") {
  RuleOptions options;
  CHECK_FALSE(options.isExtraSecretName("DB_PASSPHRASE"));
  options.secretNamePatterns = {"*PASSPHRASE*", "dsn"};
  CHECK(options.isExtraSecretName("DB_PASSPHRASE"));
  CHECK(options.isExtraSecretName("db_passphrase_file"));
  CHECK(options.isExtraSecretName("DSN"));
  CHECK_FALSE(options.isExtraSecretName("SENTRY_DSN"));  // the whole name, not a substring
}

namespace {

// A stand-in for ECS707/ECS702 (being written on another branch): reports what the options say
// about every container's image and environment, the way those checks will read them.
void optionProbe(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    if (container.image.known() && context.options().trustsImage(container.image.value)) {
      context.report(valueOf(container.image.node), "trusted");
    }
    for (const NameValue& variable : container.environment) {
      if (variable.name.known() && context.options().isExtraSecretName(variable.name.value)) {
        context.report(valueOf(variable.name.node), "secret name");
      }
    }
  }
}

}  // namespace

TEST_CASE("rule options: a check reads the configuration's options through RuleContext") {
  const auto config = parseConfig(RuleCatalogue::builtIn(), "/repo/.ecslint.json", R"({
    "rule_options": {
      "ECS707": {"trusted_registries": ["ghcr.io/acme"]},
      "secret-in-environment": {"secret_name_patterns": ["*_PASSPHRASE"]}
    }})");
  REQUIRE_MESSAGE(config.has_value(), (config ? "" : config.error()));
  const SourceText source("task.json", R"({"family": "f", "containerDefinitions": [
    {"name": "a", "image": "ghcr.io/acme/api:latest", "environment": [{"name": "GPG_PASSPHRASE", "value": "x"}]},
    {"name": "b", "image": "ghcr.io/other/api:latest", "environment": [{"name": "HOME", "value": "/root"}]}]})");
  auto document = JsonDocument::parse(source);
  REQUIRE(document.has_value());
  const TaskDefinition task = buildTaskDefinition(*document, *detectInputShape(*document), std::nullopt);
  std::vector<Finding> findings;
  RuleContext context(*document, task, *RuleCatalogue::builtIn().find("ECS101"), findings,
                      config->ruleOptions);
  optionProbe(context);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].pointer == "/containerDefinitions/0/image");
  CHECK(findings[1].pointer == "/containerDefinitions/0/environment/0/name");

  // Without options (the default argument), the probe sees nothing.
  std::vector<Finding> none;
  RuleContext plain(*document, task, *RuleCatalogue::builtIn().find("ECS101"), none);
  optionProbe(plain);
  CHECK(none.empty());
}

}  // namespace ecslint::test
