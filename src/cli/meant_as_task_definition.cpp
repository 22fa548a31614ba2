#include "cli/meant_as_task_definition.h"

namespace ecslint {

bool parseFailed(const FileReport& report) {
  if (report.findings.empty()) return false;
  const std::string_view rule = report.findings.front().rule->id;
  return rule == "ECS001" || rule == "ECS014" || rule == "ECS015";
}

bool meantAsTaskDefinition(const FileReport& report) {
  if (report.isTaskDefinition) return true;
  if (!parseFailed(report)) return false;
  const std::string_view text = report.source->bytes();
  return text.find("\"containerDefinitions\"") != std::string_view::npos ||
         text.find("\"taskDefinition\"") != std::string_view::npos ||
         text.find("AWS::ECS::TaskDefinition") != std::string_view::npos ||
         text.find("\"aws_ecs_task_definition\"") != std::string_view::npos;
}

}  // namespace ecslint
