// A finding of a task definition whose values a Terraform plan marks sensitive never quotes them.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "catalogue/rule_catalogue.h"
#include "json/json_loader.h"
#include "message/message_catalogue.h"
#include "terraform/sensitive_values.h"
#include "test_support.h"

namespace ecslint {
namespace {

struct Loaded {
  explicit Loaded(std::string text) : source("view.json", std::move(text)), document(load(source)) {}
  static Document load(const SourceText& source) {
    auto loaded = loadJson(source);
    REQUIRE(loaded);
    return std::move(*loaded);
  }
  ByteRange span(std::string_view pointer) const { return document.node(document.find(pointer)).span; }
  SourceText source;
  Document document;
};

const char* const kView =
    R"({"family": "web", "containerDefinitions": [{"name": "db-password-sidecar", "image": "secret.example/app:1",)"
    R"( "portMappings": [{"containerPort": 80, "hostPort": 8080}]}]})";

Finding hostPortFinding(Language language) {
  Finding finding;
  finding.rule = RuleCatalogue::builtIn().find("ECS101");
  MessageArgs arguments{
      {"container", renderMessage(language, "common.container.named", {{"name", "db-password-sidecar"}})},
      {"host_port", "8080"},
      {"container_port", "80"}};
  finding.messageData = {"ECS101.awsvpc", arguments};
  finding.message = renderMessage(language, "ECS101.awsvpc", arguments);
  finding.related.push_back({ByteRange{0, 1}, "", "image secret.example/app:1 is pulled here"});
  finding.fix = Fix{"remove hostPort 8080 of db-password-sidecar", {}};
  return finding;
}

TEST_CASE("terraform sensitive values: a sensitive container_definitions is never quoted") {
  const Loaded view(kView);
  const SensitiveValues sensitive(view.document, std::vector{view.span("/containerDefinitions")});
  REQUIRE_FALSE(sensitive.empty());
  for (const Language language : {Language::English, Language::Japanese}) {
    CAPTURE(static_cast<int>(language));
    Finding finding = hostPortFinding(language);
    REQUIRE(finding.message.find("db-password-sidecar") != std::string::npos);
    sensitive.redact(finding, language);
    const std::string replacement = renderMessage(language, "terraform.sensitive-value");
    for (const std::string_view secret : {"db-password-sidecar", "8080", "secret.example"}) {
      CAPTURE(secret);
      CHECK(finding.message.find(secret) == std::string::npos);
      CHECK(finding.related[0].message.find(secret) == std::string::npos);
      CHECK(finding.fix->description.find(secret) == std::string::npos);
      for (const MessageArg& argument : finding.messageData.arguments)
        CHECK(argument.value.find(secret) == std::string::npos);
    }
    CHECK(finding.message.find(replacement) != std::string::npos);
    // The message is still the catalogue's, rendered from the redacted arguments.
    CHECK(finding.message == renderMessage(language, "ECS101.awsvpc", finding.messageData.arguments));
  }
}

TEST_CASE("terraform sensitive values: values outside the sensitive spans are quoted as usual") {
  const Loaded view(kView);
  // Only `family` is sensitive: the container's values stay in the message.
  const SensitiveValues sensitive(view.document, std::vector{view.span("/family")});
  Finding finding = hostPortFinding(Language::English);
  const std::string before = finding.message;
  sensitive.redact(finding, Language::English);
  CHECK(finding.message == before);
  // Nothing sensitive at all.
  const SensitiveValues none(view.document, {});
  CHECK(none.empty());
}

TEST_CASE("terraform sensitive values: a short value is replaced only where an argument is exactly it") {
  const Loaded view(R"({"cpu": "1", "containerDefinitions": [{"name": "web"}]})");
  const SensitiveValues sensitive(view.document, std::vector{view.span("/cpu")});
  Finding finding = hostPortFinding(Language::English);
  finding.messageData.arguments[1].value = "1";
  finding.message = renderMessage(Language::English, "ECS101.awsvpc", finding.messageData.arguments);
  sensitive.redact(finding, Language::English);
  CHECK(finding.messageData.arguments[1].value == "(sensitive value)");
  // The container port 80 and the name are not "1", though they may contain it.
  CHECK(finding.messageData.arguments[2].value == "80");
  CHECK(finding.message.find("db-password-sidecar") != std::string::npos);
}

// A plan with a sensitive value in every place Terraform writes one beside its marks, each on its
// own line: after (nested in a list), before, planned_values, prior_state, an output; and values
// marked false.
const char* const kMarkedPlan = R"({"format_version": "1.2",
"planned_values": {"root_module": {"resources": [{"values": {"password": "planned-secret"},
  "sensitive_values": {"password": true}}]}},
"resource_changes": [{"change": {"actions": ["update"],
  "before": {"tags": {"k": "before-secret"}},
  "after": {"list": [1, "after-secret", 3], "plain": "shown",
    "null_secret": null},
  "before_sensitive": {"tags": {"k": true}},
  "after_sensitive": {"list": [false, true], "plain": false, "null_secret": true, "absent": true}}}],
"prior_state": {"values": {"root_module": {"resources": [{"values": {"token": "prior-secret"},
  "sensitive_values": {"token": true}}]},
  "outputs": {"db": {"sensitive": true, "value": "output-secret"}, "url": {"sensitive": false, "value": "shown"}}}}
})";

TEST_CASE("terraform sensitive values: every sensitive value of a plan, wherever Terraform writes one") {
  const Loaded plan(kMarkedPlan);
  const std::vector<ByteRange> spans = planSensitiveSpans(plan.document);
  std::vector<std::string> texts;
  for (const ByteRange span : spans)
    texts.emplace_back(plan.source.bytes().substr(span.begin, span.end - span.begin));
  CHECK(texts == std::vector<std::string>{R"("planned-secret")", R"("before-secret")", R"("after-secret")",
                                          R"("prior-secret")", R"("output-secret")"});
  // Nothing marked, nothing found; marks of another shape than the values are ignored.
  CHECK(planSensitiveSpans(Loaded(R"({"after": {"a": "x"}, "after_sensitive": {}})").document).empty());
  CHECK(planSensitiveSpans(Loaded(R"({"after": {"a": "x"}, "after_sensitive": [true]})").document).empty());
  CHECK(planSensitiveSpans(Loaded(R"({"after": ["x"], "after_sensitive": {"0": true}})").document).empty());
  // A whole resource marked.
  CHECK(planSensitiveSpans(Loaded(R"({"after": {"a": "x"}, "after_sensitive": true})").document).size() == 1);
}

TEST_CASE("terraform sensitive values: the lines that hold one, and the ranges on them") {
  const Loaded plan(kMarkedPlan);
  const SensitiveLines lines(plan.source, planSensitiveSpans(plan.document));
  const auto at = [&](std::string_view text) {
    const auto begin = static_cast<std::uint32_t>(plan.source.bytes().find(text));
    REQUIRE(begin != std::string_view::npos);
    return ByteRange{begin, begin + static_cast<std::uint32_t>(text.size())};
  };
  CHECK(lines.near(at("\"after-secret\"")));
  CHECK(lines.near(at("\"plain\"")));  // on the same line as a sensitive value
  CHECK(lines.near(at("\"prior-secret\"")));
  CHECK_FALSE(lines.near(at("\"null_secret\"")));  // a null marked sensitive holds nothing
  CHECK_FALSE(lines.near(at("\"format_version\"")));
  CHECK_FALSE(lines.near(at("\"resource_changes\"")));
  // A range over several lines is near when any of them is.
  CHECK(lines.near(ByteRange{at("\"resource_changes\"").begin, at("\"plain\"").end}));
  CHECK_FALSE(SensitiveLines(plan.source, {}).near(at("\"after-secret\"")));
}

TEST_CASE("terraform sensitive values: findings near one are marked, so that no source is quoted") {
  // Sensitive container_definitions: the finding inside it is marked, and its message is redacted.
  const std::string path = "fixtures/ECS301/bad-terraform-sensitive-no-logs.json";
  const FileReport sensitive = test::lintText(test::readFile(test::sourceDir() / path), {}, path);
  REQUIRE_FALSE(sensitive.findings.empty());
  for (const Finding& finding : sensitive.findings) {
    CAPTURE(finding.rule->id);
    CHECK(finding.nearSensitive);
  }
  // Nothing sensitive in the example plan: its findings are not marked.
  const std::string example = "fixtures/examples/web-plan.json";
  const FileReport plain = test::lintText(test::readFile(test::sourceDir() / example), {}, example);
  REQUIRE(plain.findings.size() == 2);
  for (const Finding& finding : plain.findings) CHECK_FALSE(finding.nearSensitive);
  // Nor is any finding in a task definition.
  for (const Finding& finding : test::lintText(test::kCleanTask + " ").findings)
    CHECK_FALSE(finding.nearSensitive);
}

TEST_CASE("terraform sensitive values: a sensitive value on another line leaves a finding unmarked") {
  // The execution role is sensitive (line 5); ECS301's finding is on line 6. One line further,
  // in a minified plan, and both are on line 1: marked.
  const std::string plan =
      R"({"format_version": "1.2", "resource_changes": [{"address": "aws_ecs_task_definition.a",
  "mode": "managed", "type": "aws_ecs_task_definition", "name": "a", "change": {"actions": ["create"],
  "after": {"family": "a", "network_mode": "awsvpc", "requires_compatibilities": ["FARGATE"],
    "cpu": "256", "memory": "512",
    "execution_role_arn": "arn:aws:iam::123456789012:role/secret-role-name",
    "container_definitions": "[{\"name\":\"a\",\"image\":\"public.ecr.aws/nginx/nginx:1.27\"}]"},
  "after_unknown": {}, "after_sensitive": {"execution_role_arn": true}}}]}
)";
  const FileReport pretty = test::lintText(plan, {}, "plan.json");
  REQUIRE(test::ruleIds(pretty) == "ECS301");
  CHECK(pretty.source->region(pretty.findings[0].range).start.line == 6);
  CHECK_FALSE(pretty.findings[0].nearSensitive);
  std::string minified = plan;
  std::replace(minified.begin(), minified.end(), '\n', ' ');
  const FileReport oneLine = test::lintText(minified, {}, "plan.json");
  REQUIRE(test::ruleIds(oneLine) == "ECS301");
  CHECK(oneLine.findings[0].nearSensitive);
}

}  // namespace
}  // namespace ecslint
