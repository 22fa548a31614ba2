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
bool looksLikeContainer(const Document& document, NodeId node) {
  return document.kind(node) == NodeKind::Mapping &&
         (document.member(node, "name") != kNoNode || document.member(node, "image") != kNoNode);
}

}  // namespace

bool isTaskDefinitionMember(std::string_view key) {
  return std::find(kTaskMembers.begin(), kTaskMembers.end(), key) != kTaskMembers.end();
}

bool isDescribeOnlyMember(std::string_view key) {
  return std::find(kDescribeOnlyMembers.begin(), kDescribeOnlyMembers.end(), key) !=
         kDescribeOnlyMembers.end();
}

std::optional<InputShapeInfo> detectInputShape(const Document& document) {
  const NodeId root = Document::rootId();
  if (document.empty()) return std::nullopt;
  if (document.kind(root) == NodeKind::Sequence) {
    if (document.firstChild(root) == kNoNode) return std::nullopt;
    for (NodeId element = document.firstChild(root); element != kNoNode;
         element = document.nextSibling(element)) {
      if (!looksLikeContainer(document, element)) return std::nullopt;
    }
    return InputShapeInfo{InputShape::ContainerList, root, kNoNode};
  }
  if (document.kind(root) != NodeKind::Mapping) return std::nullopt;

  const NodeId wrapper = document.member(root, "taskDefinition");
  if (wrapper != kNoNode && document.kind(wrapper) == NodeKind::Mapping &&
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
