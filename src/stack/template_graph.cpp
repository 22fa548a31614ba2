#include "stack/template_graph.h"

#include <algorithm>
#include <charconv>

#include "cloudformation/intrinsic.h"

namespace ecslint {

namespace {

std::optional<std::int64_t> wholeNumber(const std::optional<std::string>& text) {
  if (!text || text->empty()) return std::nullopt;
  std::int64_t value = 0;
  const char* end = text->data() + text->size();
  const auto [stop, error] = std::from_chars(text->data(), end, value);
  if (error != std::errc{} || stop != end) return std::nullopt;
  return value;
}

}  // namespace

TemplateGraph::TemplateGraph(const Document& document, const TemplateOutline& outline,
                             const TemplateEvaluator& evaluator)
    : document_(document), outline_(outline), evaluator_(evaluator) {
  indexReferences();
}

// One pass over every resource's properties (each node once: linear in the template), recording
// each Ref, Fn::GetAtt and Fn::Sub `${…}` that names a resource.
void TemplateGraph::indexReferences() {
  const auto add = [&](const TemplateResource& from, NodeId node, std::string_view name,
                       std::string_view attribute) {
    const TemplateResource* to = outline_.resource(name);
    if (to != nullptr && to != &from) references_.push_back({&from, node, to, attribute});
  };
  for (const TemplateResource& resource : outline_.resources()) {
    if (resource.properties == kNoNode) continue;
    const NodeId end = resource.properties + document_.node(resource.properties).subtreeSize;
    for (NodeId node = resource.properties; node < end; ++node) {
      const Intrinsic function = intrinsicAt(document_, node);
      if (!function) continue;
      if (function.is("Ref")) {
        if (const auto name = refTarget(document_, function)) add(resource, node, *name, "");
      } else if (function.is("Fn::GetAtt")) {
        if (const auto target = getAttTarget(document_, function))
          add(resource, node, target->resource, target->attribute);
      } else if (function.is("Fn::Sub")) {
        // `!Sub "text"` or `[text, {variables}]`: the text is the argument or its first item.
        NodeId text = function.argument;
        if (document_.kind(text) == NodeKind::Sequence) text = document_.firstChild(text);
        if (text == kNoNode || document_.kind(text) != NodeKind::String) continue;
        const auto pieces = parseSubTemplate(document_.text(text));
        if (!pieces) continue;
        for (const SubPiece& piece : *pieces) {
          if (!piece.reference) continue;
          const std::string_view name(piece.text);
          const std::size_t dot = name.find('.');
          // The piece's text lives in `pieces`: look the resource up by it, keep the document's
          // attribute spelling out of it (the index needs only the target).
          const TemplateResource* to = outline_.resource(name.substr(0, dot));
          if (to != nullptr && to != &resource) references_.push_back({&resource, node, to, ""});
        }
      }
    }
  }
  const TemplateResource* first = outline_.resources().data();
  std::stable_sort(
      references_.begin(), references_.end(),
      [&](const ResourceReference& a, const ResourceReference& b) { return a.to - first < b.to - first; });
}

const TemplateResource* TemplateGraph::resourceAt(NodeId value, std::string_view* attribute) const {
  if (value == kNoNode) return nullptr;
  const TemplateValue evaluated = evaluator_.evaluate(value);
  if (evaluated.resource.empty()) return nullptr;
  if (attribute != nullptr) *attribute = evaluated.attribute;
  return outline_.resource(evaluated.resource);
}

const TemplateResource* TemplateGraph::resourceAt(NodeId value, std::string_view type,
                                                  std::string_view* attribute) const {
  const TemplateResource* resource = resourceAt(value, attribute);
  return resource != nullptr && resource->type == type ? resource : nullptr;
}

std::span<const ResourceReference> TemplateGraph::referencesTo(const TemplateResource& target) const {
  const TemplateResource* first = outline_.resources().data();
  const auto [begin, end] = std::equal_range(
      references_.begin(), references_.end(), ResourceReference{nullptr, kNoNode, &target, ""},
      [&](const ResourceReference& a, const ResourceReference& b) { return a.to - first < b.to - first; });
  return {begin, end};
}

std::vector<const TemplateResource*> TemplateGraph::resourcesOfType(std::string_view type) const {
  std::vector<const TemplateResource*> found;
  for (const TemplateResource& resource : outline_.resources()) {
    if (resource.type == type) found.push_back(&resource);
  }
  return found;
}

std::optional<std::vector<NodeId>> TemplateGraph::listItems(NodeId node) const {
  if (node == kNoNode || document_.kind(node) != NodeKind::Sequence || intrinsicAt(document_, node))
    return std::nullopt;
  std::vector<NodeId> items;
  for (NodeId item = document_.firstChild(node); item != kNoNode; item = document_.nextSibling(item)) {
    items.push_back(item);
  }
  return items;
}

std::optional<std::string> TemplateGraph::knownText(NodeId node) const {
  if (node == kNoNode) return std::nullopt;
  TemplateValue value = evaluator_.evaluate(node);
  if (!value.known()) return std::nullopt;
  return std::move(value.text);
}

NodeId TemplateGraph::property(const TemplateResource& resource, std::string_view name) const {
  return resource.properties == kNoNode ? kNoNode : document_.member(resource.properties, name);
}

std::optional<std::string> decidedText(const TemplateGraph& graph, NodeId node) {
  if (node == kNoNode) return std::nullopt;
  TemplateValue value = graph.evaluate(node);
  if (!value.known() || !value.parameterDefaults.empty()) return std::nullopt;
  return std::move(value.text);
}

std::optional<std::string> decidedPlainText(const TemplateGraph& graph, NodeId node) {
  if (node == kNoNode) return std::nullopt;
  TemplateValue value = graph.evaluate(node);
  if (!value.known() || value.pseudoParameters || !value.parameterDefaults.empty()) return std::nullopt;
  return std::move(value.text);
}

std::optional<std::int64_t> knownInteger(const TemplateGraph& graph, NodeId node) {
  return wholeNumber(graph.knownText(node));
}

std::optional<std::int64_t> decidedInteger(const TemplateGraph& graph, NodeId node) {
  return wholeNumber(decidedPlainText(graph, node));
}

}  // namespace ecslint
