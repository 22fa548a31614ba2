#include "terraform/plan_resources.h"

namespace ecslint {
namespace {

std::string_view stringMember(const Document& document, NodeId object, std::string_view key) {
  const NodeId node = document.member(object, key);
  return node != kNoNode && document.kind(node) == NodeKind::String ? document.text(node)
                                                                    : std::string_view();
}

NodeId objectMember(const Document& document, NodeId object, std::string_view key) {
  const NodeId node = document.member(object, key);
  return node != kNoNode && document.kind(node) == NodeKind::Mapping ? node : kNoNode;
}

// A member that is an object, or `true` (a whole attribute unknown or sensitive): kNoNode otherwise.
NodeId markMember(const Document& document, NodeId object, std::string_view key) {
  const NodeId node = document.member(object, key);
  if (node == kNoNode) return kNoNode;
  return document.kind(node) == NodeKind::Mapping || document.kind(node) == NodeKind::Boolean ? node
                                                                                              : kNoNode;
}

bool isManaged(const Document& document, NodeId resource) {
  const std::string_view mode = stringMember(document, resource, "mode");
  return mode.empty() || mode == "managed";
}

// A resource's planned values exist when its actions create, update or leave it; a plan that only
// deletes it (or only reads a data source) leaves nothing to lint.
struct Actions {
  bool exists = false;
  bool changing = false;
};

Actions readActions(const Document& document, NodeId change) {
  Actions actions;
  const NodeId list = document.member(change, "actions");
  if (list == kNoNode || document.kind(list) != NodeKind::Sequence) return actions;
  for (NodeId action = document.firstChild(list); action != kNoNode; action = document.nextSibling(action)) {
    if (document.kind(action) != NodeKind::String) continue;
    const std::string_view name = document.text(action);
    if (name == "create" || name == "update") actions.exists = actions.changing = true;
    if (name == "no-op") actions.exists = true;
  }
  return actions;
}

PlanResource describe(const Document& document, NodeId resource) {
  PlanResource planned;
  planned.node = resource;
  planned.address = stringMember(document, resource, "address");
  planned.moduleAddress = stringMember(document, resource, "module_address");
  planned.type = stringMember(document, resource, "type");
  planned.name = stringMember(document, resource, "name");
  return planned;
}

void readChanges(const Document& document, NodeId changes, std::vector<PlanResource>& resources) {
  for (NodeId entry = document.firstChild(changes); entry != kNoNode; entry = document.nextSibling(entry)) {
    if (document.kind(entry) != NodeKind::Mapping || !isManaged(document, entry)) continue;
    const NodeId change = objectMember(document, entry, "change");
    if (change == kNoNode) continue;
    const Actions actions = readActions(document, change);
    const NodeId after = objectMember(document, change, "after");
    if (!actions.exists || after == kNoNode) continue;
    PlanResource planned = describe(document, entry);
    planned.values = {after, markMember(document, change, "after_unknown"),
                      markMember(document, change, "after_sensitive")};
    planned.changing = actions.changing;
    resources.push_back(planned);
  }
}

// A state's modules: `resources` and `child_modules`, each child a module of the same shape. The
// walk keeps its own stack of modules, so a hostile nesting costs no recursion (and the document's
// depth limit bounds it anyway).
void readState(const Document& document, NodeId rootModule, std::vector<PlanResource>& resources) {
  std::vector<NodeId> modules{rootModule};
  while (!modules.empty()) {
    const NodeId module = modules.back();
    modules.pop_back();
    const NodeId list = document.member(module, "resources");
    if (list != kNoNode && document.kind(list) == NodeKind::Sequence) {
      for (NodeId entry = document.firstChild(list); entry != kNoNode; entry = document.nextSibling(entry)) {
        if (document.kind(entry) != NodeKind::Mapping || !isManaged(document, entry)) continue;
        const NodeId values = objectMember(document, entry, "values");
        if (values == kNoNode) continue;
        PlanResource planned = describe(document, entry);
        // A state's resources say their module only through the address's prefix.
        const std::string_view moduleAddress = stringMember(document, module, "address");
        planned.moduleAddress = moduleAddress;
        planned.values = {values, kNoNode, markMember(document, entry, "sensitive_values")};
        planned.changing = true;
        resources.push_back(planned);
      }
    }
    const NodeId children = document.member(module, "child_modules");
    if (children == kNoNode || document.kind(children) != NodeKind::Sequence) continue;
    // Pushed in reverse so that modules come out in document order.
    std::vector<NodeId> childList;
    for (NodeId child = document.firstChild(children); child != kNoNode;
         child = document.nextSibling(child)) {
      if (document.kind(child) == NodeKind::Mapping) childList.push_back(child);
    }
    modules.insert(modules.end(), childList.rbegin(), childList.rend());
  }
}

}  // namespace

std::optional<TerraformOutput> terraformOutputKind(const Document& document) {
  if (document.empty() || document.kind(Document::rootId()) != NodeKind::Mapping) return std::nullopt;
  const NodeId root = Document::rootId();
  const NodeId version = document.member(root, "format_version");
  if (version == kNoNode || document.kind(version) != NodeKind::String) return std::nullopt;
  if (document.member(root, "resource_changes") != kNoNode ||
      document.member(root, "planned_values") != kNoNode)
    return TerraformOutput::Plan;
  const NodeId values = objectMember(document, root, "values");
  if (values != kNoNode && objectMember(document, values, "root_module") != kNoNode)
    return TerraformOutput::State;
  return std::nullopt;
}

std::vector<PlanResource> readPlanResources(const Document& document, TerraformOutput kind) {
  std::vector<PlanResource> resources;
  const NodeId root = Document::rootId();
  if (kind == TerraformOutput::Plan) {
    const NodeId changes = document.member(root, "resource_changes");
    if (changes != kNoNode && document.kind(changes) == NodeKind::Sequence)
      readChanges(document, changes, resources);
    return resources;
  }
  const NodeId values = objectMember(document, root, "values");
  const NodeId rootModule = values == kNoNode ? kNoNode : objectMember(document, values, "root_module");
  if (rootModule != kNoNode) readState(document, rootModule, resources);
  return resources;
}

}  // namespace ecslint
