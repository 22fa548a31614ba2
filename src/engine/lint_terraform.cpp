// A Terraform plan (or state) through the linter: each aws_ecs_task_definition the plan creates or
// changes is read as the ECS API receives it (terraform/task_definition_view.h), checked like an
// API file, and its findings made a plan's: named by the resource's address, attributes spelt as
// the provider spells them, sensitive values never quoted, and no fixes (the plan is Terraform's
// output; what to change is in the configuration it was made from).
#include <memory>

#include "check/finding_limits.h"
#include "engine/linter.h"
#include "model/key_spelling.h"
#include "model/model_builder.h"
#include "terraform/sensitive_values.h"
#include "terraform/task_definition_view.h"

namespace ecslint {

void Linter::lintTerraform(FileReport& report, const Document& plan, TerraformOutput kind) const {
  report.isTerraformPlan = true;
  for (const PlanResource& resource : readPlanResources(plan, kind)) {
    // A resource the plan leaves as it is was linted when it was planned; the plan is not about it.
    if (resource.type != "aws_ecs_task_definition" || !resource.changing) continue;
    report.isTaskDefinition = true;
    if (report.findings.size() >= kMaxFindingsPerFile) break;
    checkTerraformTask(report, plan, resource);
  }
}

void Linter::checkTerraformTask(FileReport& report, const Document& plan,
                                const PlanResource& resource) const {
  const auto location = std::make_shared<const ResourceLocation>(
      ResourceLocation{std::string(resource.type), std::string(resource.address), ""});
  auto view = buildTaskDefinitionView(plan, resource.values, options_.limits.maxValues);
  if (!view) {
    reportUnreadableValue(report, view.error());
    if (!report.findings.empty()) report.findings.back().resource = location;
    return;
  }
  const Document& document = view->document;
  FileReport found;
  if (view->containerError)
    reportUnreadableValue(found, *view->containerError, "ECS001.terraform.container-definitions");
  reportDuplicates(found, document);
  const InputShapeInfo shape{InputShape::TaskDefinition, Document::rootId(), kNoNode};
  TaskDefinition task = buildTaskDefinition(document, shape, options_.launchType);
  task.origin = TaskOrigin{resource.address, "", kNoNode};
  checkTask(found, document, task, Dialect::EcsApi);

  const SensitiveValues sensitive(document, view->sensitive);
  for (Finding& finding : found.findings) {
    finding.fix.reset();
    // Redacted first: redacting renders the message again from the catalogue's API-spelt text.
    sensitive.redact(finding, options_.language);
    finding.message = respellForTerraform(finding.message);
    for (MessageArg& argument : finding.messageData.arguments)
      argument.value = respellForTerraform(argument.value);
    for (RelatedLocation& related : finding.related) related.message = respellForTerraform(related.message);
    finding.resource = location;
    if (report.findings.size() >= kMaxFindingsPerFile) break;
    report.findings.push_back(std::move(finding));
  }
}

}  // namespace ecslint
