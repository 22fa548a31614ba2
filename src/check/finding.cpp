#include "check/finding.h"

namespace ecslint {

std::string describeResource(const ResourceLocation& resource) {
  // A Terraform address already says the type: `module.api.aws_ecs_task_definition.this["blue"]`.
  if (resource.type.find("::") == std::string::npos) return resource.logicalId;
  std::string_view type = resource.type;
  if (const std::size_t colons = type.rfind("::"); colons != std::string_view::npos)
    type.remove_prefix(colons + 2);
  std::string text = std::string(type) + " '" + resource.logicalId + "'";
  if (!resource.constructPath.empty()) text += " (" + resource.constructPath + ")";
  return text;
}

}  // namespace ecslint
