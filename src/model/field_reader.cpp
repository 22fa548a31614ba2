#include "model/field_reader.h"

#include <charconv>

namespace ecslint {
namespace {

bool isText(NodeKind kind) {
  return kind == NodeKind::String || kind == NodeKind::Integer || kind == NodeKind::Float ||
         kind == NodeKind::Boolean;
}

std::optional<std::int64_t> parseInteger(std::string_view text) {
  std::int64_t value = 0;
  const char* begin = text.data();
  const char* end = begin + text.size();
  if (begin != end && *begin == '+') ++begin;  // YAML 1.1 writes +80; JSON never does
  const auto [stop, error] = std::from_chars(begin, end, value);
  if (error != std::errc() || stop != end || begin == end) return std::nullopt;
  return value;
}

// An evaluated template value is "true" or "false" (TemplateValue writes YAML 1.1 booleans so).
std::optional<bool> parseTemplateBoolean(std::string_view text) {
  if (text == "true" || text == "false") return text == "true";
  return std::nullopt;
}

}  // namespace

template <class T, class Parse>
Field<T> FieldReader::fromResolved(NodeId node, ResolvedValue& resolved, Field<T> field, Parse parse) const {
  if (resolved.presence == Presence::Absent) field.presence = Presence::Absent;
  if (resolved.presence != Presence::Known || resolved.pseudoParameters) return field;
  if (const auto value = parse(resolved.text)) {
    keep(node, resolved);
    field.presence = Presence::Known;
    field.value = *value;
  }
  return field;
}

std::optional<ResolvedValue> FieldReader::resolve(NodeId node) const {
  if (resolver_ == nullptr) return std::nullopt;
  return resolver_->resolve(node);
}

std::string_view FieldReader::keep(NodeId node, ResolvedValue& value) const {
  for (std::string_view parameter : value.parameterDefaults)
    task_.parameterDefaults.push_back({node, parameter});
  return task_.keepText(std::move(value.text));
}

bool FieldReader::isStructure(NodeId node, NodeKind kind) const {
  if (node == kNoNode || document_.kind(node) != kind) return false;
  return resolver_ == nullptr || !resolver_->isExpression(node);
}

bool FieldReader::absent(NodeId written) const {
  const NodeId node = follow(written);
  if (document_.kind(node) == NodeKind::Null) return true;
  const auto resolved = resolve(node);
  return resolved && resolved->presence == Presence::Absent;
}

StringField FieldReader::string(NodeId written) const {
  const NodeId node = follow(written);
  StringField field;
  field.node = node;
  if (auto resolved = resolve(node)) {
    field.presence = resolved->pseudoParameters ? Presence::Unknown : resolved->presence;
    if (field.known()) field.value = keep(node, *resolved);
    return field;
  }
  const NodeKind kind = document_.kind(node);
  if (kind == NodeKind::Null) {
    field.presence = Presence::Absent;
    return field;
  }
  // CloudFormation passes a number or boolean where a string is expected as its text (`Cpu: 256`).
  const bool readsAsString =
      kind == NodeKind::String || (dialect_ == Dialect::CloudFormation && isText(kind));
  if (readsAsString && !containsPlaceholder(document_.text(node))) {
    field.presence = Presence::Known;
    field.value = document_.text(node);
  } else {
    field.presence = Presence::Unknown;
  }
  return field;
}

std::string_view FieldReader::text(NodeId written) const {
  const NodeId node = follow(written);
  const NodeKind kind = document_.kind(node);
  if (kind == NodeKind::String) return document_.text(node);
  if (dialect_ == Dialect::CloudFormation && isText(kind)) return document_.text(node);
  return {};
}

IntField FieldReader::integer(NodeId written) const {
  const NodeId node = follow(written);
  IntField field;
  field.node = node;
  field.presence = Presence::Unknown;
  if (auto resolved = resolve(node)) return fromResolved(node, *resolved, field, parseInteger);
  const NodeKind kind = document_.kind(node);
  if (kind == NodeKind::Null) {
    field.presence = Presence::Absent;
  } else if (kind == NodeKind::Integer || (dialect_ == Dialect::CloudFormation && kind == NodeKind::String)) {
    // CloudFormation converts "80" to the integer a property expects.
    if (const auto value = parseInteger(document_.text(node))) {
      field.presence = Presence::Known;
      field.value = *value;
    }
  }
  return field;
}

BoolField FieldReader::boolean(NodeId written) const {
  const NodeId node = follow(written);
  BoolField field;
  field.node = node;
  field.presence = Presence::Unknown;
  if (auto resolved = resolve(node)) return fromResolved(node, *resolved, field, parseTemplateBoolean);
  const NodeKind kind = document_.kind(node);
  if (kind == NodeKind::Null) {
    field.presence = Presence::Absent;
  } else if (kind == NodeKind::Boolean) {
    if (const auto value = booleanValue(document_.text(node))) {
      field.presence = Presence::Known;
      field.value = *value;
    }
  } else if (dialect_ == Dialect::CloudFormation && kind == NodeKind::String) {
    // CloudFormation converts the strings "true" and "false" to the boolean a property expects.
    const std::string_view text = document_.text(node);
    if (text == "true" || text == "false") {
      field.presence = Presence::Known;
      field.value = text == "true";
    }
  }
  return field;
}

std::string_view FieldReader::imageShape(NodeId written) const {
  const NodeId node = follow(written);
  auto resolved = resolve(node);
  if (!resolved) return {};
  std::string shape;
  if (resolved->presence == Presence::Known && resolved->pseudoParameters) {
    shape = std::move(resolved->text);
  } else if (resolved->presence == Presence::Unknown &&
             resolved->knownPrefix.find('/') != std::string::npos) {
    // The registry and more: enough to tell where the image is; "…" marks what is not known.
    shape = std::move(resolved->knownPrefix) + "\u2026";
  } else {
    return {};
  }
  return task_.keepText(std::move(shape));
}

TaskDefinition::RoleReference FieldReader::roleReference(NodeId written) const {
  const NodeId node = follow(written);
  const auto resolved = resolve(node);
  if (!resolved) return {};
  return {resolved->resource, resolved->resourceName};
}

std::string_view FieldReader::key(NodeId member) const {
  const std::string_view written = document_.keyName(member);
  if (dialect_ == Dialect::EcsApi) return written;
  apiKeys_.push_back(canonicalKeyAnywhere(dialect_, written));
  return apiKeys_.back();
}

NodeId FieldReader::member(NodeId written, std::string_view apiName) const {
  const NodeId mapping = follow(written);
  if (!isMapping(mapping)) return kNoNode;
  if (dialect_ == Dialect::EcsApi) return document_.member(mapping, apiName);
  NodeId found = kNoNode;
  for (NodeId child = firstChild(mapping); child != kNoNode; child = next(child)) {
    if (key(child) == apiName) found = child;
  }
  return found;
}

}  // namespace ecslint
