#include "cloudformation/template_resources.h"

#include <algorithm>
#include <numeric>

namespace ecslint {

namespace {

std::string_view stringAt(const Document& document, NodeId node) {
  return node != kNoNode && document.kind(node) == NodeKind::String ? document.text(node)
                                                                    : std::string_view{};
}

bool isMapping(const Document& document, NodeId node) {
  return node != kNoNode && document.kind(node) == NodeKind::Mapping;
}

template <class Item, class Name>
std::vector<std::uint32_t> indexByName(const std::vector<Item>& items, Name name) {
  std::vector<std::uint32_t> index(items.size());
  std::iota(index.begin(), index.end(), 0U);
  std::stable_sort(index.begin(), index.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return name(items[a]) < name(items[b]); });
  return index;
}

// The last item named `wanted` (a repeated name keeps its last definition, as every repeated key
// does; ECS002 reports the repetition), or nullptr.
template <class Item, class Name>
const Item* findByName(const std::vector<Item>& items, const std::vector<std::uint32_t>& index,
                       std::string_view wanted, Name name) {
  const auto upper =
      std::upper_bound(index.begin(), index.end(), wanted,
                       [&](std::string_view key, std::uint32_t i) { return key < name(items[i]); });
  if (upper == index.begin() || name(items[*(upper - 1)]) != wanted) return nullptr;
  return &items[*(upper - 1)];
}

constexpr auto kLogicalId = [](const TemplateResource& r) { return r.logicalId; };
constexpr auto kParameterName = [](const TemplateParameter& p) { return p.name; };

}  // namespace

bool isCloudFormationTemplate(const Document& document) {
  if (document.empty() || !isMapping(document, Document::rootId())) return false;
  if (document.member(Document::rootId(), "AWSTemplateFormatVersion") != kNoNode) return true;
  const NodeId resources = document.member(Document::rootId(), "Resources");
  if (!isMapping(document, resources)) return false;
  bool anyAws = false;
  for (NodeId r = document.firstChild(resources); r != kNoNode; r = document.nextSibling(r)) {
    if (!isMapping(document, r)) continue;
    if (stringAt(document, document.member(r, "Type")).starts_with("AWS::")) anyAws = true;
  }
  return anyAws;
}

TemplateOutline::TemplateOutline(const Document& document) {
  if (document.empty() || !isMapping(document, Document::rootId())) return;
  const NodeId resources = document.member(Document::rootId(), "Resources");
  if (isMapping(document, resources)) {
    for (NodeId r = document.firstChild(resources); r != kNoNode; r = document.nextSibling(r)) {
      TemplateResource resource;
      resource.logicalId = document.keyName(r);
      resource.node = r;
      if (isMapping(document, r)) {
        resource.type = stringAt(document, document.member(r, "Type"));
        const NodeId properties = document.member(r, "Properties");
        if (isMapping(document, properties)) resource.properties = properties;
        resource.condition = document.member(r, "Condition");
        const NodeId metadata = document.member(r, "Metadata");
        if (isMapping(document, metadata)) {
          resource.constructPath = stringAt(document, document.member(metadata, "aws:cdk:path"));
        }
      }
      resources_.push_back(resource);
    }
  }
  const NodeId parameters = document.member(Document::rootId(), "Parameters");
  if (isMapping(document, parameters)) {
    for (NodeId p = document.firstChild(parameters); p != kNoNode; p = document.nextSibling(p)) {
      TemplateParameter parameter;
      parameter.name = document.keyName(p);
      parameter.node = p;
      if (isMapping(document, p)) {
        parameter.type = stringAt(document, document.member(p, "Type"));
        parameter.defaultValue = document.member(p, "Default");
      }
      parameters_.push_back(parameter);
    }
  }
  resourcesById_ = indexByName(resources_, kLogicalId);
  parametersByName_ = indexByName(parameters_, kParameterName);
}

const TemplateResource* TemplateOutline::resource(std::string_view logicalId) const {
  return findByName(resources_, resourcesById_, logicalId, kLogicalId);
}

const TemplateParameter* TemplateOutline::parameter(std::string_view name) const {
  return findByName(parameters_, parametersByName_, name, kParameterName);
}

}  // namespace ecslint
