// RuleContext: how a check's report and fix land on a finding, at the per-file finding limit and
// when no output asked for fixes.
#include <doctest/doctest.h>

#include "check/finding_limits.h"
#include "check/rule_context.h"
#include "json/json_loader.h"
#include "model/input_shape.h"
#include "model/model_builder.h"
#include "test_support.h"

namespace ecslint::test {
namespace {

struct Parsed {
  SourceText source{"t.json", kCleanTask};
  Document document = loadJson(source).value();
  TaskDefinition task = buildTaskDefinition(document, detectInputShape(document).value(), std::nullopt);
};

const RuleInfo& anyRule() { return *RuleCatalogue::builtIn().find("ECS101"); }

void reportWithFix(RuleContext& context, const Document& document) {
  const NodeId family = document.find("/family");
  context.report(valueOf(family), "ECS101.awsvpc",
                 {{"host_port", "8080"}, {"container_port", "80"}, {"container", "container 'web'"}});
  context.offerFix("ECS101.fix", {{"host_port", "8080"}}, [&](Editor& edit) { edit.removeMember(family); });
}

}  // namespace

TEST_CASE("rule context: a fix goes with the finding reported last") {
  const Parsed parsed;
  std::vector<Finding> sink;
  RuleContext context(parsed.document, parsed.task, anyRule(), sink);
  reportWithFix(context, parsed.document);
  REQUIRE(sink.size() == 1);
  CHECK(sink.front().fix.has_value());
}

TEST_CASE("rule context: no fix is built when no output needs one") {
  const Parsed parsed;
  std::vector<Finding> sink;
  RuleContext context(parsed.document, parsed.task, anyRule(), sink, noRuleOptions(), false);
  reportWithFix(context, parsed.document);
  REQUIRE(sink.size() == 1);
  CHECK_FALSE(sink.front().fix.has_value());
}

TEST_CASE(
    "rule context: a finding carries its message's id and arguments, rendered in the context's language") {
  const Parsed parsed;
  std::vector<Finding> sink;
  RuleContext context(parsed.document, parsed.task, anyRule(), sink, noRuleOptions(), true, Dialect::EcsApi,
                      Language::Japanese);
  reportWithFix(context, parsed.document);
  REQUIRE(sink.size() == 1);
  CHECK(sink.front().messageData.id == "ECS101.awsvpc");
  CHECK(sink.front().messageData.arguments.size() == 3);
  CHECK(sink.front().message.starts_with(
      "container 'web' の hostPort 8080 が containerPort 80 と異なります。"));
  REQUIRE(sink.front().fix.has_value());
  CHECK(sink.front().fix->description == "hostPort 8080 を削除する");
}

TEST_CASE("rule context: a dropped finding's fix does not land on the finding before it") {
  const Parsed parsed;
  std::vector<Finding> sink;
  RuleContext context(parsed.document, parsed.task, anyRule(), sink);
  for (std::size_t i = 0; i < kMaxFindingsPerFile; ++i)
    context.report(valueOf(parsed.document.find("/cpu")), "ECS101.fix", {{"host_port", "1"}});
  REQUIRE(sink.size() == kMaxFindingsPerFile);
  reportWithFix(context, parsed.document);  // over the limit: dropped, and so is its fix
  CHECK(sink.size() == kMaxFindingsPerFile);
  CHECK_FALSE(sink.back().fix.has_value());
}

}  // namespace ecslint::test
