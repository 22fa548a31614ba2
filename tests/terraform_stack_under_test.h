#pragma once
// A Terraform plan linted by the stack rules as the linter lints a template (Linter::lintTemplate):
// the plan's resources, the synthesized stack template, its outline, resolver, graph, services and
// task models, then every stack check (ECS8xx) through StackContext. Plans are written inline in the
// exact shape `terraform show -json` writes, from the small builders below.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/rule_catalogue.h"
#include "cloudformation/template_resolver.h"
#include "json/json_loader.h"
#include "model/input_shape.h"
#include "model/model_builder.h"
#include "rules/rule_table.h"
#include "stack/ecs_service.h"
#include "stack/stack_context.h"
#include "stack/template_graph.h"
#include "terraform/plan_resources.h"
#include "terraform/stack_template.h"

namespace ecslint::test {

// One resource_changes entry. `address` is the whole address; `after`, `unknown` JSON objects.
// `text` as a JSON string's content (addresses hold quotes: `this["blue"]`).
inline std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

inline std::string change(std::string_view address, std::string_view type, std::string_view name,
                          std::string_view after, std::string_view unknown = "{}",
                          std::string_view moduleAddress = "", std::string_view actions = R"(["create"])") {
  std::string text = R"({"address": ")" + escaped(address) + "\", ";
  if (!moduleAddress.empty()) text += R"("module_address": ")" + escaped(moduleAddress) + "\", ";
  text += R"("mode": "managed", "type": ")" + std::string(type) + R"(", "name": ")" + std::string(name) +
          R"(", "provider_name": "registry.terraform.io/hashicorp/aws",
     "change": {"actions": )" +
          std::string(actions) + R"(, "before": null,
       "after": )" +
          std::string(after) +
          R"(,
       "after_unknown": )" +
          std::string(unknown) + R"(, "before_sensitive": false, "after_sensitive": {}}})";
  return text;
}

// A plan of `changes` (joined with commas) and the configuration's root module `configuration`.
inline std::string plan(const std::vector<std::string>& changes, std::string_view configuration = "{}") {
  std::string text = R"({"format_version": "1.2", "terraform_version": "1.9.5",
  "planned_values": {"root_module": {}},
  "resource_changes": [
)";
  for (std::size_t i = 0; i < changes.size(); ++i) {
    if (i > 0) text += ",\n";
    text += changes[i];
  }
  text += "\n  ],\n  \"configuration\": {\"root_module\": " + std::string(configuration) + "}\n}\n";
  return text;
}

class PlanStack {
 public:
  explicit PlanStack(std::string text) : source_("plan.json", std::move(text)) {
    auto loaded = loadJson(source_);
    REQUIRE(loaded);
    plan_.emplace(std::move(*loaded));
    const auto kind = terraformOutputKind(*plan_);
    REQUIRE(kind);
    resources_ = readPlanResources(*plan_, *kind);
    auto built = buildStackTemplate(*plan_, resources_);
    REQUIRE(built);
    template_.emplace(std::move(*built));
    const Document& document = template_->document;
    outline_.emplace(document);
    resolver_.emplace(document, *outline_);
    graph_.emplace(document, *outline_, resolver_->evaluator());
    services_ = readEcsServices(*graph_);
    for (const TemplateResource& resource : outline_->resources()) {
      if (resource.type != "AWS::ECS::TaskDefinition" || resource.properties == kNoNode) continue;
      const InputShapeInfo shape{InputShape::TaskDefinition, resource.properties, kNoNode};
      const auto launchType = serviceLaunchTypeFor(services_, resource);
      tasks_.push_back(buildTaskDefinition(document, shape,
                                           launchType ? std::optional(launchType->type) : std::nullopt,
                                           Dialect::CloudFormation, &*resolver_));
      tasks_.back().origin = TaskOrigin{resource.logicalId, resource.constructPath, resource.node};
    }
    const Stack stack{*graph_, services_, tasks_, /*fromTerraformPlan=*/true};
    for (const RuleImplementation& implementation : ruleImplementations()) {
      if (implementation.stage != RuleStage::Stack) continue;
      const RuleInfo* rule = RuleCatalogue::builtIn().find(implementation.id);
      REQUIRE(rule != nullptr);
      StackContext context(stack, *rule, findings_);
      implementation.stackCheck(context);
    }
  }
  PlanStack(const PlanStack&) = delete;
  PlanStack& operator=(const PlanStack&) = delete;

  const std::string_view text() const { return source_.bytes(); }
  const Document& document() const { return template_->document; }
  const Document& planDocument() const { return *plan_; }
  const TemplateOutline& outline() const { return *outline_; }
  const TemplateGraph& graph() const { return *graph_; }
  const std::vector<EcsService>& services() const { return services_; }
  const std::vector<TaskDefinition>& tasks() const { return tasks_; }
  const std::vector<Finding>& findings() const { return findings_; }
  std::vector<const Finding*> findings(std::string_view rule) const {
    std::vector<const Finding*> found;
    for (const Finding& finding : findings_) {
      if (finding.rule->id == rule) found.push_back(&finding);
    }
    return found;
  }
  // The rule ids found, in order ("ECS803,ECS804").
  std::string ruleIds() const {
    std::string ids;
    for (const Finding& finding : findings_) {
      if (!ids.empty()) ids += ',';
      ids += finding.rule->id;
    }
    return ids;
  }
  // The text of the plan a range covers.
  std::string_view at(ByteRange range) const { return text().substr(range.begin, range.end - range.begin); }
  // The offset of `needle` (which must occur once) in the plan, plus `skip`.
  std::uint32_t offsetOf(std::string_view needle, std::size_t skip = 0) const {
    const std::size_t found = text().find(needle);
    REQUIRE(found != std::string_view::npos);
    CHECK(text().find(needle, found + 1) == std::string_view::npos);
    return static_cast<std::uint32_t>(found + skip);
  }
  Position position(const Finding& finding) const { return source_.position(finding.range.begin); }
  const TemplateResource& resource(std::string_view address) const {
    const TemplateResource* found = outline_->resource(address);
    REQUIRE(found != nullptr);
    return *found;
  }

 private:
  SourceText source_;
  std::optional<Document> plan_;
  std::vector<PlanResource> resources_;
  std::optional<StackTemplate> template_;
  std::optional<TemplateOutline> outline_;
  std::optional<TemplateResolver> resolver_;
  std::optional<TemplateGraph> graph_;
  std::vector<EcsService> services_;
  std::vector<TaskDefinition> tasks_;
  std::vector<Finding> findings_;
};

}  // namespace ecslint::test
