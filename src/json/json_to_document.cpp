#include "json/json_to_document.h"

#include <vector>

#include "document/document_builder.h"

namespace ecslint {

namespace {

NodeKind kindOf(const rapidjson::Value& value) {
  switch (value.GetType()) {
    case rapidjson::kNullType:
      return NodeKind::Null;
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return NodeKind::Boolean;
    case rapidjson::kStringType:
      return NodeKind::String;
    case rapidjson::kObjectType:
      return NodeKind::Mapping;
    case rapidjson::kArrayType:
      return NodeKind::Sequence;
    case rapidjson::kNumberType:
      return value.IsDouble() ? NodeKind::Float : NodeKind::Integer;
  }
  return NodeKind::Null;
}

}  // namespace

Document toDocument(const JsonDocument& json) {
  // Both tables are in pre-order with the same limits (depth, value count), so nothing here can
  // fail: each JSON node becomes the Document node of the same id.
  DocumentBuilder builder(json.source(), Syntax::Json, UINT32_MAX);
  const std::string_view bytes = json.source().bytes();
  std::vector<NodeId> open;  // containers not yet closed, innermost last
  for (NodeId id = 0; id < json.nodeCount(); ++id) {
    const JsonNode& node = json.node(id);
    while (!open.empty() && id >= open.back() + json.node(open.back()).subtreeSize) {
      (void)builder.close(json.node(open.back()).span.end);
      open.pop_back();
    }
    if (json.isMember(id)) builder.key(json.keyName(id), node.keySpan);
    const rapidjson::Value& value = json.value(id);
    const NodeKind kind = kindOf(value);
    if (kind == NodeKind::Mapping || kind == NodeKind::Sequence) {
      (void)builder.open(kind, ScalarStyle::Flow, {}, node.span.begin);
      open.push_back(id);
      continue;
    }
    const std::string_view text = kind == NodeKind::String
                                      ? stringValue(value)
                                      : bytes.substr(node.span.begin, node.span.end - node.span.begin);
    (void)builder.scalar(kind, kind == NodeKind::String ? ScalarStyle::DoubleQuoted : ScalarStyle::Plain,
                         text, {}, node.span);
  }
  while (!open.empty()) {
    (void)builder.close(json.node(open.back()).span.end);
    open.pop_back();
  }
  return std::move(builder).finish();
}

}  // namespace ecslint
