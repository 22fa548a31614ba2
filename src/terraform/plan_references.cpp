#include "terraform/plan_references.h"

#include <algorithm>

#include "terraform/stack_resource_types.h"

namespace ecslint {
namespace {

// A reference as Terraform records it: `aws_subnet.private[0].id`, `aws_iam_role.exec`.
struct ParsedReference {
  std::string_view base;  // aws_subnet.private
  std::string_view key;   // [0], ["blue"], or ""
  std::string_view attribute;
};

bool identifierChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// The end of an instance key starting at `text[at] == '['` (one past its ']'), or npos. A key is a
// whole number or a quoted string; anything else (`[count.index]`) is no key Terraform records.
std::size_t keyEnd(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '"') {
    for (++i; i < text.size(); ++i) {
      if (text[i] == '\\') {
        ++i;
      } else if (text[i] == '"') {
        break;
      }
    }
    if (i >= text.size()) return std::string_view::npos;
    ++i;
  } else {
    const std::size_t digits = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == digits) return std::string_view::npos;
  }
  return i < text.size() && text[i] == ']' ? i + 1 : std::string_view::npos;
}

// A managed resource's type has a provider prefix (`aws_`); `var`, `local`, `data`, `module`,
// `each`, `count`, `path`, `self` and `terraform` have none, and name no resource of the plan.
std::optional<ParsedReference> parseReference(std::string_view text) {
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  const std::string_view type = text.substr(0, dot);
  if (type.find('_') == std::string_view::npos || !std::all_of(type.begin(), type.end(), identifierChar))
    return std::nullopt;
  std::size_t i = dot + 1;
  const std::size_t nameBegin = i;
  while (i < text.size() && identifierChar(text[i])) ++i;
  if (i == nameBegin) return std::nullopt;
  ParsedReference parsed;
  parsed.base = text.substr(0, i);
  if (text.substr(i).starts_with("[*]")) {
    i += 3;  // a splat: every instance, as the bare resource
  } else if (i < text.size() && text[i] == '[') {
    const std::size_t end = keyEnd(text, i);
    if (end == std::string_view::npos) return std::nullopt;
    parsed.key = text.substr(i, end - i);
    i = end;
  }
  if (i < text.size() && text[i] == '.') {
    const std::size_t attributeBegin = ++i;
    while (i < text.size() && identifierChar(text[i])) ++i;
    parsed.attribute = text.substr(attributeBegin, i - attributeBegin);
    if (parsed.attribute.empty()) return std::nullopt;
  }
  // A deeper traversal (`.attribute[0]`, `.attribute.member`) is a part of an attribute, not it.
  if (i < text.size()) return std::nullopt;
  return parsed;
}

std::string_view stringMember(const Document& document, NodeId object, std::string_view key) {
  if (object == kNoNode || document.kind(object) != NodeKind::Mapping) return {};
  const NodeId node = document.member(object, key);
  return node != kNoNode && document.kind(node) == NodeKind::String ? document.text(node)
                                                                    : std::string_view();
}

NodeId mappingMember(const Document& document, NodeId object, std::string_view key) {
  if (object == kNoNode || document.kind(object) != NodeKind::Mapping) return kNoNode;
  const NodeId node = document.member(object, key);
  return node != kNoNode && document.kind(node) == NodeKind::Mapping ? node : kNoNode;
}

std::string joined(std::string_view prefix, std::string_view rest) {
  std::string text(prefix);
  if (!text.empty()) text += '.';
  text += rest;
  return text;
}

}  // namespace

std::string withoutInstanceKeys(std::string_view address) {
  std::string text;
  text.reserve(address.size());
  for (std::size_t i = 0; i < address.size();) {
    if (address[i] != '[') {
      text += address[i++];
      continue;
    }
    const std::size_t end = keyEnd(address, i);
    if (end == std::string_view::npos) break;
    i = end;
  }
  return text;
}

PlanReferences::PlanReferences(const Document& plan, std::span<const PlanResource> resources)
    : plan_(plan), resources_(resources) {
  for (std::uint32_t i = 0; i < resources.size(); ++i) {
    const PlanResource& resource = resources[i];
    byAddress_.emplace(resource.address, i);
    // The base keeps the module instance's keys: `module.api["blue"].aws_subnet.private`.
    std::string base =
        joined(resource.moduleAddress, std::string(resource.type) + "." + std::string(resource.name));
    byBase_[std::move(base)].push_back(i);
    // A role is named by its name (its id once created, and known before that): a policy's `role`.
    const StackResourceType* type = stackResourceType(resource.type);
    const bool byName = type != nullptr && type->refAttributeAlso == "name";
    for (const std::string_view attribute : {"id", "arn", "name"}) {
      if (attribute == "name" && !byName) continue;
      const std::string_view value = stringMember(plan, resource.values.after, attribute);
      if (value.empty()) continue;
      const auto [found, inserted] = byValue_.try_emplace(value, ValueOwner{i, attribute, false});
      if (!inserted && found->second.resource != i) found->second.ambiguous = true;
    }
  }
  indexConfiguration();
}

// The configuration's modules, each `{resources: [...], module_calls: {name: {module: {...}}}}`,
// walked with a stack of its own (the document's depth limit bounds it anyway).
void PlanReferences::indexConfiguration() {
  if (plan_.empty() || plan_.kind(Document::rootId()) != NodeKind::Mapping) return;
  const NodeId configuration = mappingMember(plan_, Document::rootId(), "configuration");
  const NodeId root = mappingMember(plan_, configuration, "root_module");
  if (root == kNoNode) return;
  std::vector<std::pair<NodeId, std::string>> modules{{root, ""}};
  while (!modules.empty()) {
    auto [module, path] = std::move(modules.back());
    modules.pop_back();
    const NodeId list = plan_.member(module, "resources");
    if (list != kNoNode && plan_.kind(list) == NodeKind::Sequence) {
      for (NodeId block = plan_.firstChild(list); block != kNoNode; block = plan_.nextSibling(block)) {
        const std::string_view address = stringMember(plan_, block, "address");
        const std::string_view mode = stringMember(plan_, block, "mode");
        const NodeId expressions = mappingMember(plan_, block, "expressions");
        if (address.empty() || (!mode.empty() && mode != "managed") || expressions == kNoNode) continue;
        configuration_.emplace(joined(path, address), expressions);
      }
    }
    const NodeId calls = mappingMember(plan_, module, "module_calls");
    if (calls == kNoNode) continue;
    for (NodeId call = plan_.firstChild(calls); call != kNoNode; call = plan_.nextSibling(call)) {
      const NodeId child = mappingMember(plan_, call, "module");
      if (child != kNoNode)
        modules.emplace_back(child, joined(path, "module." + std::string(plan_.keyName(call))));
    }
  }
}

std::optional<PlanTarget> PlanReferences::byValue(std::string_view text, std::uint32_t self) const {
  if (text.empty()) return std::nullopt;
  const auto found = byValue_.find(text);
  if (found == byValue_.end() || found->second.ambiguous || found->second.resource == self)
    return std::nullopt;
  return PlanTarget{found->second.resource, found->second.attribute};
}

NodeId PlanReferences::expressions(std::uint32_t resource) const {
  const PlanResource& planned = resources_[resource];
  const auto found = configuration_.find(joined(withoutInstanceKeys(planned.moduleAddress),
                                                std::string(planned.type) + "." + std::string(planned.name)));
  return found == configuration_.end() ? kNoNode : found->second;
}

std::optional<std::vector<PlanTarget>> PlanReferences::resolve(std::uint32_t from, NodeId expression,
                                                               std::size_t limit) const {
  if (expression == kNoNode || plan_.kind(expression) != NodeKind::Mapping) return std::nullopt;
  const NodeId list = plan_.member(expression, "references");
  if (list == kNoNode || plan_.kind(list) != NodeKind::Sequence || plan_.firstChild(list) == kNoNode)
    return std::nullopt;
  const std::string_view module = resources_[from].moduleAddress;
  // Terraform records each traversal and its prefixes (`aws_subnet.private[0].id`,
  // `aws_subnet.private[0]`, `aws_subnet.private`): per resource, the keys named and the attribute.
  struct Named {
    std::string base;
    std::vector<std::string_view> keys;
    std::string_view attribute;
  };
  std::vector<Named> named;
  for (NodeId item = plan_.firstChild(list); item != kNoNode; item = plan_.nextSibling(item)) {
    if (plan_.kind(item) != NodeKind::String) return std::nullopt;
    const auto reference = parseReference(plan_.text(item));
    if (!reference) return std::nullopt;
    std::string base = joined(module, reference->base);
    if (!byBase_.contains(base)) return std::nullopt;  // a resource the plan deletes, or none at all
    auto entry = std::find_if(named.begin(), named.end(), [&](const Named& n) { return n.base == base; });
    if (entry == named.end()) {
      named.push_back({std::move(base), {}, {}});
      entry = named.end() - 1;
    }
    if (!reference->key.empty() &&
        std::find(entry->keys.begin(), entry->keys.end(), reference->key) == entry->keys.end())
      entry->keys.push_back(reference->key);
    if (!reference->attribute.empty()) {
      // Two attributes of one resource: an expression built of both, which names neither.
      if (!entry->attribute.empty() && entry->attribute != reference->attribute) return std::nullopt;
      entry->attribute = reference->attribute;
    }
  }
  std::vector<PlanTarget> targets;
  for (const Named& entry : named) {
    if (entry.keys.empty()) {
      const std::vector<std::uint32_t>& instances = byBase_.at(entry.base);
      if (targets.size() + instances.size() > limit) return std::nullopt;
      for (const std::uint32_t instance : instances) targets.push_back({instance, entry.attribute});
      continue;
    }
    if (targets.size() + entry.keys.size() > limit) return std::nullopt;
    for (const std::string_view key : entry.keys) {
      const auto found = byAddress_.find(entry.base + std::string(key));
      if (found == byAddress_.end()) return std::nullopt;
      targets.push_back({found->second, entry.attribute});
    }
  }
  std::sort(targets.begin(), targets.end(),
            [](const PlanTarget& a, const PlanTarget& b) { return a.resource < b.resource; });
  targets.erase(
      std::unique(targets.begin(), targets.end(),
                  [](const PlanTarget& a, const PlanTarget& b) { return a.resource == b.resource; }),
      targets.end());
  return targets;
}

}  // namespace ecslint
