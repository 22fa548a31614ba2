// A finding of a task definition whose values a Terraform plan marks sensitive never quotes them.
#include <doctest/doctest.h>

#include <string>

#include "catalogue/rule_catalogue.h"
#include "json/json_loader.h"
#include "message/message_catalogue.h"
#include "terraform/sensitive_values.h"

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

}  // namespace
}  // namespace ecslint
