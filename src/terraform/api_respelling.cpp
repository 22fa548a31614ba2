#include "terraform/api_respelling.h"

#include <array>
#include <string>
#include <vector>

#include "model/key_spelling.h"
#include "terraform/task_definition_view.h"

namespace ecslint {
namespace {

// The API's string maps (schemas/task-definition.schema.json: the members whose schema is StringMap).
constexpr std::array<std::string_view, 5> kFreeFormMaps{
    "containerDefinitions[].dockerLabels",
    "containerDefinitions[].logConfiguration.options",
    "containerDefinitions[].firelensConfiguration.options",
    "volumes[].dockerVolumeConfiguration.driverOpts",
    "volumes[].dockerVolumeConfiguration.labels",
};

// Whether a template would read the mapping as an intrinsic function (cloudformation/intrinsic.h).
bool looksLikeIntrinsic(const Document& document, NodeId node) {
  if (document.kind(node) != NodeKind::Mapping) return false;
  const NodeId first = document.firstChild(node);
  if (first == kNoNode || document.nextSibling(first) != kNoNode) return false;
  const std::string_view name = document.keyName(first);
  return name == "Ref" || name == "Condition" || name.starts_with("Fn::");
}

struct OpenContainer {
  NodeId end;  // one past the container's last descendant
  std::string path;
  bool sequence;
  bool freeForm;
};

}  // namespace

bool isFreeFormMap(std::string_view canonicalPath) {
  for (const std::string_view path : kFreeFormMaps) {
    if (path == canonicalPath) return true;
  }
  return false;
}

void copyRespelt(StackWriter& writer, std::string_view key, const Document& api, NodeId node,
                 std::string_view canonicalPath) {
  if (node == kNoNode) return;
  const NodeId end = node + api.node(node).subtreeSize;
  std::vector<OpenContainer> open;
  for (NodeId at = node; at < end; ++at) {
    while (!open.empty() && at >= open.back().end) {
      writer.close();
      open.pop_back();
    }
    // The node's path and the key it is written under.
    std::string path(canonicalPath);
    std::string name(key);
    if (!open.empty()) {
      const OpenContainer& parent = open.back();
      if (parent.sequence) {
        path = parent.path + "[]";
        name.clear();
      } else {
        const std::string_view written = api.keyName(at);
        path = parent.path.empty() ? std::string(written) : parent.path + "." + std::string(written);
        name = parent.freeForm ? std::string(written) : spellKey(Dialect::CloudFormation, path);
      }
    }
    const DocumentNode& copied = api.node(at);
    const NodeKind kind = copied.kind;
    if (looksLikeIntrinsic(api, at) || (kind == NodeKind::String && api.text(at) == kKnownAfterApply)) {
      writer.unknownValue(name, copied.span, copied.keySpan);
      at += copied.subtreeSize - 1;
      continue;
    }
    if (kind == NodeKind::Mapping || kind == NodeKind::Sequence) {
      if (kind == NodeKind::Mapping) {
        writer.openMapping(name, copied.span, copied.keySpan);
      } else {
        writer.openSequence(name, copied.span, copied.keySpan);
      }
      open.push_back({at + copied.subtreeSize, path, kind == NodeKind::Sequence, isFreeFormMap(path)});
      continue;
    }
    if (kind == NodeKind::Alias) continue;  // JSON has none; a view never holds one
    writer.literal(name, kind, api.text(at), copied.span, copied.keySpan);
  }
  while (!open.empty()) {
    writer.close();
    open.pop_back();
  }
}

}  // namespace ecslint
