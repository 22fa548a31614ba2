#include "model/input_shape.h"

#include <algorithm>
#include <array>

namespace ecslint {
namespace {

constexpr std::array<std::string_view, 18> kTaskMembers = {"family",
                                                           "taskRoleArn",
                                                           "executionRoleArn",
                                                           "networkMode",
                                                           "containerDefinitions",
                                                           "volumes",
                                                           "placementConstraints",
                                                           "requiresCompatibilities",
                                                           "cpu",
                                                           "memory",
                                                           "tags",
                                                           "pidMode",
                                                           "ipcMode",
                                                           "proxyConfiguration",
                                                           "inferenceAccelerators",
                                                           "ephemeralStorage",
                                                           "runtimePlatform",
                                                           "enableFaultInjection"};

// TaskDefinition members that RegisterTaskDefinitionRequest does not accept.
constexpr std::array<std::string_view, 9> kDescribeOnlyMembers = {
    "taskDefinitionArn", "revision",     "status",         "requiresAttributes", "compatibilities",
    "registeredAt",      "registeredBy", "deregisteredAt", "deleteRequestedAt"};

// A container definition needs a name and an image; a Terraform container list always has them.
bool looksLikeContainer(const rapidjson::Value& value) {
  return value.IsObject() && (value.HasMember("name") || value.HasMember("image"));
}

}  // namespace

bool isTaskDefinitionMember(std::string_view key) {
  return std::find(kTaskMembers.begin(), kTaskMembers.end(), key) != kTaskMembers.end();
}

bool isDescribeOnlyMember(std::string_view key) {
  return std::find(kDescribeOnlyMembers.begin(), kDescribeOnlyMembers.end(), key) !=
         kDescribeOnlyMembers.end();
}

std::optional<InputShapeInfo> detectInputShape(const JsonDocument& document) {
  const NodeId root = JsonDocument::rootId();
  const rapidjson::Value& value = document.root();
  if (value.IsArray()) {
    if (value.Empty()) return std::nullopt;
    for (const auto& element : value.GetArray()) {
      if (!looksLikeContainer(element)) return std::nullopt;
    }
    return InputShapeInfo{InputShape::ContainerList, root, kNoNode};
  }
  if (!value.IsObject()) return std::nullopt;

  const NodeId wrapper = document.member(root, "taskDefinition");
  if (wrapper != kNoNode && document.value(wrapper).IsObject() &&
      document.member(root, "containerDefinitions") == kNoNode) {
    return InputShapeInfo{InputShape::DescribeOutput, wrapper, wrapper};
  }
  // containerDefinitions makes a task definition; so does a family with any other task member
  // (then the schema reports what is missing). Other JSON files, package.json and the like, are
  // not task definitions.
  bool hasFamily = false;
  int taskMembers = 0;
  for (NodeId child = document.firstChild(root); child != kNoNode; child = document.nextSibling(child)) {
    const std::string_view key = document.keyName(child);
    if (key == "containerDefinitions") return InputShapeInfo{InputShape::TaskDefinition, root, kNoNode};
    hasFamily = hasFamily || key == "family";
    if (isTaskDefinitionMember(key) || isDescribeOnlyMember(key)) ++taskMembers;
  }
  if (hasFamily && taskMembers >= 2) return InputShapeInfo{InputShape::TaskDefinition, root, kNoNode};
  return std::nullopt;
}

}  // namespace ecslint
