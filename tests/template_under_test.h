#pragma once
// A YAML template loaded as the stack rules read it (document, outline, evaluator, graph), for
// tests of the readers under src/stack/.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

#include "cloudformation/template_resources.h"
#include "cloudformation/template_value.h"
#include "stack/template_graph.h"
#include "yaml/yaml_loader.h"

namespace ecslint {

class TemplateUnderTest {
 public:
  explicit TemplateUnderTest(std::string text) : source_("t.yaml", std::move(text)) {
    auto yaml = loadYaml(source_);
    REQUIRE(yaml);
    document_.emplace(std::move(*yaml));
    outline_.emplace(*document_);
    evaluator_.emplace(*document_, *outline_);
    graph_.emplace(*document_, *outline_, *evaluator_);
  }
  TemplateUnderTest(const TemplateUnderTest&) = delete;
  TemplateUnderTest& operator=(const TemplateUnderTest&) = delete;

  const TemplateGraph& graph() const { return *graph_; }
  const TemplateOutline& outline() const { return *outline_; }
  // The resource `id`; the test fails when there is none.
  const TemplateResource& resource(std::string_view id) const {
    const TemplateResource* found = outline_->resource(id);
    REQUIRE(found != nullptr);
    return *found;
  }

 private:
  SourceText source_;
  std::optional<Document> document_;
  std::optional<TemplateOutline> outline_;
  std::optional<TemplateEvaluator> evaluator_;
  std::optional<TemplateGraph> graph_;
};

}  // namespace ecslint
