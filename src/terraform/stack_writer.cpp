#include "terraform/stack_writer.h"

#include "json/embedded_json.h"
#include "terraform/stack_resource_types.h"

namespace ecslint {
namespace {

// What a template writes for a value the plan does not decide (see the header). The text only
// explains it to whoever prints the synthesized template.
constexpr std::string_view kUnknownFunction = "Fn::ImportValue";
constexpr std::string_view kUnknownText = "known after apply";

bool isTrue(const Document& document, NodeId node) {
  return node != kNoNode && document.kind(node) == NodeKind::Boolean && document.text(node) == "true";
}

NodeId memberOf(const Document& document, NodeId object, std::string_view name) {
  if (object == kNoNode || document.kind(object) != NodeKind::Mapping) return kNoNode;
  return document.member(object, name);
}

NodeId elementOf(const Document& document, NodeId list, std::uint32_t index) {
  if (list == kNoNode || document.kind(list) != NodeKind::Sequence) return kNoNode;
  return document.element(list, index);
}

std::uint32_t countOf(const Document& document, NodeId list) {
  std::uint32_t count = 0;
  for (NodeId item = document.firstChild(list); item != kNoNode; item = document.nextSibling(item)) ++count;
  return count;
}

}  // namespace

StackWriter::StackWriter(const Document& plan, std::span<const PlanResource> resources,
                         const PlanReferences& references)
    : plan_(plan), resources_(resources), references_(references), builder_(plan.source(), Syntax::Json) {
  const ByteRange whole = plan.empty() ? ByteRange{} : plan.node(Document::rootId()).span;
  open(NodeKind::Mapping, whole.begin, whole.end);
  key("Resources", {whole.begin, whole.begin});
  open(NodeKind::Mapping, whole.begin, whole.end);
}

PlanObject StackWriter::planObject(std::uint32_t resource) const {
  const PlanResource& planned = resources_[resource];
  return {planned.values.after, planned.values.unknown, references_.expressions(resource)};
}

PlanAttribute StackWriter::attribute(const PlanObject& object, std::string_view name) const {
  return {memberOf(plan_, object.after, name), memberOf(plan_, object.unknown, name),
          memberOf(plan_, object.expressions, name)};
}

bool StackWriter::unknown(const PlanAttribute& attribute) const { return isTrue(plan_, attribute.unknown); }

bool StackWriter::absent(const PlanAttribute& attribute) const {
  if (unknown(attribute)) return false;
  if (attribute.value == kNoNode) return true;
  switch (plan_.kind(attribute.value)) {
    case NodeKind::Null:
      return true;
    case NodeKind::String:
      return plan_.text(attribute.value).empty();
    case NodeKind::Sequence:
    case NodeKind::Mapping:
      return plan_.firstChild(attribute.value) == kNoNode;
    default:
      return false;
  }
}

std::optional<std::string_view> StackWriter::knownString(const PlanAttribute& attribute) const {
  if (unknown(attribute) || attribute.value == kNoNode || plan_.kind(attribute.value) != NodeKind::String)
    return std::nullopt;
  return plan_.text(attribute.value);
}

std::optional<bool> StackWriter::knownBoolean(const PlanAttribute& attribute) const {
  if (unknown(attribute) || attribute.value == kNoNode || plan_.kind(attribute.value) != NodeKind::Boolean)
    return std::nullopt;
  return plan_.text(attribute.value) == "true";
}

std::vector<PlanObject> StackWriter::blocks(const PlanAttribute& attribute) const {
  std::vector<PlanObject> found;
  if (attribute.value == kNoNode || plan_.kind(attribute.value) != NodeKind::Sequence) return found;
  const std::uint32_t count = countOf(plan_, attribute.value);
  // A set's blocks come in the provider's order, not the configuration's: only a lone block is
  // known to be the configuration's lone block.
  const bool alone = count == 1 && attribute.expression != kNoNode &&
                     plan_.kind(attribute.expression) == NodeKind::Sequence &&
                     countOf(plan_, attribute.expression) == 1;
  std::uint32_t index = 0;
  for (NodeId block = plan_.firstChild(attribute.value); block != kNoNode;
       block = plan_.nextSibling(block), ++index) {
    if (plan_.kind(block) != NodeKind::Mapping) continue;
    NodeId unknownBlock = elementOf(plan_, attribute.unknown, index);
    if (unknownBlock != kNoNode && plan_.kind(unknownBlock) != NodeKind::Mapping) unknownBlock = kNoNode;
    found.push_back({block, unknownBlock, alone ? plan_.firstChild(attribute.expression) : kNoNode});
  }
  return found;
}

std::optional<PlanObject> StackWriter::onlyBlock(const PlanAttribute& attribute) const {
  std::vector<PlanObject> found = blocks(attribute);
  if (found.empty()) return std::nullopt;
  return found.front();
}

ByteRange StackWriter::span(NodeId node) const {
  return node == kNoNode ? ByteRange{} : plan_.node(node).span;
}

ByteRange StackWriter::span(const PlanAttribute& attribute) const {
  if (attribute.value != kNoNode && !unknown(attribute)) return span(attribute.value);
  if (attribute.unknown != kNoNode) return span(attribute.unknown);
  return span(attribute.value);
}

ByteRange StackWriter::keySpan(const PlanAttribute& attribute) const {
  if (attribute.value != kNoNode) return plan_.node(attribute.value).keySpan;
  if (attribute.unknown != kNoNode) return plan_.node(attribute.unknown).keySpan;
  return {};
}

void StackWriter::key(std::string_view name, ByteRange keySpan) {
  if (error_ || open_.empty() || open_.back().sequence) return;
  builder_.key(name, keySpan);
}

void StackWriter::scalar(NodeKind kind, std::string_view text, ByteRange span) {
  if (error_) return;
  ok(builder_.scalar(kind, kind == NodeKind::String ? ScalarStyle::DoubleQuoted : ScalarStyle::Plain, text,
                     {}, span));
}

void StackWriter::open(NodeKind kind, std::uint32_t begin, std::uint32_t end) {
  if (error_) return;
  if (ok(builder_.open(kind, ScalarStyle::Flow, {}, begin)))
    open_.push_back({end, kind == NodeKind::Sequence});
}

void StackWriter::close() {
  if (error_ || open_.empty()) return;
  const std::uint32_t end = open_.back().end;
  open_.pop_back();
  ok(builder_.close(end));
}

void StackWriter::openMapping(std::string_view name, ByteRange span, ByteRange keySpan) {
  key(name, keySpan);
  open(NodeKind::Mapping, span.begin, span.end);
}

void StackWriter::openSequence(std::string_view name, ByteRange span, ByteRange keySpan) {
  key(name, keySpan);
  open(NodeKind::Sequence, span.begin, span.end);
}

void StackWriter::beginResource(std::uint32_t resource) {
  const PlanResource& planned = resources_[resource];
  const StackResourceType* type = stackResourceType(planned.type);
  beginDerivedResource(resource, std::string(planned.address), type == nullptr ? "" : type->cloudFormation,
                       planned.node);
}

void StackWriter::beginDerivedResource(std::uint32_t resource, std::string logicalId,
                                       std::string_view cloudFormationType, NodeId part) {
  current_ = resource;
  currentLogicalId_ = std::move(logicalId);
  const PlanResource& planned = resources_[resource];
  const NodeId address = memberOf(plan_, planned.node, "address");
  const NodeId type = memberOf(plan_, planned.node, "type");
  openMapping(currentLogicalId_, span(part), address == kNoNode ? span(part) : span(address));
  key("Type", type == kNoNode ? ByteRange{} : plan_.node(type).keySpan);
  scalar(NodeKind::String, cloudFormationType, type == kNoNode ? span(part) : span(type));
  // Properties span the planned values, its key is `after`'s (ECS805 points there when TargetType is
  // missing); a derived resource's span its part.
  const NodeId after = planned.values.after;
  const bool whole = part == planned.node;
  openMapping("Properties", whole ? span(after) : span(part),
              whole ? plan_.node(after).keySpan : ByteRange{});
}

void StackWriter::endResource() {
  close();  // Properties
  close();  // the resource
}

void StackWriter::text(std::string_view name, std::string_view text, ByteRange span, ByteRange keySpan) {
  key(name, keySpan);
  scalar(NodeKind::String, text, span);
}

void StackWriter::json(std::string_view name, const PlanAttribute& attribute) {
  if (absent(attribute)) return;
  if (unknown(attribute) || plan_.kind(attribute.value) != NodeKind::String)
    return unknownValue(name, span(attribute), keySpan(attribute));
  if (error_) return;
  const DocumentBuilder::Checkpoint before = builder_.checkpoint();
  key(name, keySpan(attribute));
  const EscapedStringMap map(plan_.source().bytes(), span(attribute.value));
  if (loadEmbeddedJson(builder_, plan_.text(attribute.value), map)) return;
  // Not JSON, too deep or too large: the policy is unknown, and the template goes on.
  builder_.restore(before);
  unknownValue(name, span(attribute), keySpan(attribute));
}

void StackWriter::literal(std::string_view name, NodeKind kind, std::string_view text, ByteRange span,
                          ByteRange keySpan) {
  key(name, keySpan);
  scalar(kind, text, span);
}

void StackWriter::unknownValue(std::string_view name, ByteRange span, ByteRange keySpan) {
  openMapping(name, span, keySpan);
  key(kUnknownFunction, span);
  scalar(NodeKind::String, kUnknownText, span);
  close();
}

void StackWriter::reference(std::string_view name, const PlanTarget& target, ByteRange span,
                            ByteRange keySpan) {
  const PlanResource& planned = resources_[target.resource];
  const StackResourceType* type = stackResourceType(planned.type);
  const std::optional<std::string_view> attribute =
      type == nullptr ? std::nullopt : cloudFormationAttributeFor(*type, target.attribute);
  if (!attribute) return unknownValue(name, span, keySpan);
  openMapping(name, span, keySpan);
  if (attribute->empty()) {
    key("Ref", span);
    scalar(NodeKind::String, planned.address, span);
  } else {
    openSequence("Fn::GetAtt", span, span);
    scalar(NodeKind::String, planned.address, span);
    scalar(NodeKind::String, *attribute, span);
    close();
  }
  close();
}

void StackWriter::selfReference(std::string_view name, ByteRange span, ByteRange keySpan) {
  openMapping(name, span, keySpan);
  key("Ref", span);
  scalar(NodeKind::String, currentLogicalId_, span);
  close();
}

std::optional<std::vector<PlanTarget>> StackWriter::referenced(const PlanAttribute& attribute) const {
  auto targets = references_.resolve(current_, attribute.expression);
  if (!targets || targets->empty()) return std::nullopt;
  return targets;
}

StackWriter::Written StackWriter::knownScalar(std::string_view name, NodeId value, Names names) {
  const NodeKind kind = plan_.kind(value);
  if (kind == NodeKind::Sequence || kind == NodeKind::Mapping) {
    // A wrong type for a scalar attribute: not something to judge.
    unknownValue(name, span(value), plan_.node(value).keySpan);
    return Written::Unknown;
  }
  if (names == Names::Resources && kind == NodeKind::String) {
    if (const auto target = references_.byValue(plan_.text(value), current_)) {
      reference(name, *target, span(value), plan_.node(value).keySpan);
      return Written::Reference;
    }
  }
  key(name, plan_.node(value).keySpan);
  scalar(kind, plan_.text(value), span(value));
  return Written::Known;
}

StackWriter::Written StackWriter::value(std::string_view name, const PlanAttribute& attribute, Names names) {
  if (absent(attribute)) return Written::Nothing;
  if (!unknown(attribute)) return knownScalar(name, attribute.value, names);
  const auto targets = referenced(attribute);
  if (targets && targets->size() == 1) {
    reference(name, targets->front(), span(attribute), keySpan(attribute));
    return Written::Reference;
  }
  unknownValue(name, span(attribute), keySpan(attribute));
  return Written::Unknown;
}

void StackWriter::list(std::string_view name, const PlanAttribute& attribute, Names names) {
  if (absent(attribute)) return;
  if (unknown(attribute)) {
    // The whole list is known only after apply: the configuration may still say which instances
    // (`aws_subnet.private[*].id`), one reference each.
    const auto targets = referenced(attribute);
    if (!targets) return unknownValue(name, span(attribute), keySpan(attribute));
    openSequence(name, span(attribute), keySpan(attribute));
    for (const PlanTarget& target : *targets) reference("", target, span(attribute), {});
    return close();
  }
  if (plan_.kind(attribute.value) != NodeKind::Sequence)
    return unknownValue(name, span(attribute), keySpan(attribute));
  openSequence(name, span(attribute.value), keySpan(attribute));
  elements(attribute, names);
  close();
}

void StackWriter::elements(const PlanAttribute& attribute, Names names) {
  if (attribute.value == kNoNode || plan_.kind(attribute.value) != NodeKind::Sequence) return;
  // Some elements unknown: the configuration names the instances of the whole list, so it speaks for
  // them only when it names as many instances as the list has elements, the known ones among them.
  std::uint32_t count = 0;
  bool someUnknown = false;
  for (NodeId item = plan_.firstChild(attribute.value); item != kNoNode;
       item = plan_.nextSibling(item), ++count) {
    if (isTrue(plan_, elementOf(plan_, attribute.unknown, count))) someUnknown = true;
  }
  std::optional<std::vector<PlanTarget>> targets;
  if (someUnknown) {
    targets = referenced(attribute);
    if (targets && targets->size() != count) targets.reset();
    for (NodeId item = plan_.firstChild(attribute.value); targets && item != kNoNode;
         item = plan_.nextSibling(item)) {
      if (plan_.kind(item) != NodeKind::String) continue;
      const auto named = references_.byValue(plan_.text(item), current_);
      bool among = false;
      for (const PlanTarget& target : *targets)
        among = among || (named && named->resource == target.resource);
      if (!among) targets.reset();
    }
  }
  std::uint32_t index = 0;
  for (NodeId item = plan_.firstChild(attribute.value); item != kNoNode;
       item = plan_.nextSibling(item), ++index) {
    if (targets) {
      reference("", (*targets)[index], span(item), {});
    } else if (isTrue(plan_, elementOf(plan_, attribute.unknown, index))) {
      unknownValue("", span(item), {});
    } else if (plan_.kind(item) != NodeKind::Null) {
      knownScalar("", item, names);
    }
  }
}

void StackWriter::endResources() {
  if (!resourcesOpen_) return;
  resourcesOpen_ = false;
  close();
}

Result<Document, DocumentError> StackWriter::finish() && {
  endResources();
  while (!error_ && !open_.empty()) close();  // the template, and whatever section is still open
  if (error_) return makeError(std::move(*error_));
  return std::move(builder_).finish();
}

}  // namespace ecslint
