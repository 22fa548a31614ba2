#include "schema/message_text.h"

#include <cctype>

namespace ecslint::message_text {
namespace {

constexpr std::size_t kShownLength = 60;

std::string_view sourceOf(const Document& document, NodeId node) {
  const ByteRange span = document.node(node).span;
  return document.source().bytes().substr(span.begin, span.end - span.begin);
}

// How Python's str() prints the value the AWS CLI loaded from JSON.
std::string pythonValue(const Document& document, NodeId node) {
  switch (document.kind(node)) {
    case NodeKind::String:
      return std::string(document.text(node));
    case NodeKind::Boolean:
      return document.text(node) == "true" ? "True" : "False";
    case NodeKind::Null:
      return "None";
    default:
      return std::string(sourceOf(document, node));
  }
}

std::string_view pythonType(NodeKind kind) {
  if (kind == NodeKind::String) return "<class 'str'>";
  if (kind == NodeKind::Boolean) return "<class 'bool'>";
  if (kind == NodeKind::Null) return "<class 'NoneType'>";
  if (kind == NodeKind::Integer) return "<class 'int'>";
  return "<class 'float'>";
}

std::string_view pythonValidTypes(std::string_view schemaType) {
  if (schemaType == "string") return "<class 'str'>";
  if (schemaType == "integer") return "<class 'int'>";
  if (schemaType == "boolean") return "<class 'bool'>";
  if (schemaType == "array") return "<class 'list'>, <class 'tuple'>";
  return "<class 'dict'>";
}

}  // namespace

std::string shown(const Document& document, NodeId node) {
  const std::string_view text = sourceOf(document, node);
  if (text.size() <= kShownLength) return std::string(text);
  // Cut on a UTF-8 character boundary.
  std::size_t cut = kShownLength;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

std::string jsonType(const SchemaScope& scope, NodeId node) {
  switch (scope.document().kind(node)) {
    case NodeKind::Null:
      return scope.phrase("common.json-type.null");
    case NodeKind::Boolean:
      return scope.phrase("common.json-type.boolean");
    case NodeKind::String:
      return scope.phrase("common.json-type.string");
    case NodeKind::Sequence:
      return scope.phrase("common.json-type.array");
    case NodeKind::Mapping:
      return scope.phrase("common.json-type.object");
    case NodeKind::Integer:
      return scope.phrase("common.json-type.integer");
    case NodeKind::Float:
    case NodeKind::Alias:
      break;
  }
  return scope.phrase("common.json-type.fraction");
}

std::string clause(std::string_view description) {
  std::string text(description);
  if (!text.empty() && text.back() == '.') text.pop_back();
  // "From 5 to 300 seconds" -> "from 5 to 300 seconds", but keep "EFS" or "GiB" as written.
  if (text.size() > 1 && std::isupper(static_cast<unsigned char>(text[0])) &&
      !std::isupper(static_cast<unsigned char>(text[1]))) {
    text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  }
  return text;
}

std::string cliSays(const SchemaScope& scope, const std::string& error) {
  if (!scope.readByAwsCli() || error.empty()) return "";
  return " " + scope.phrase("common.schema.aws-cli-says", {{"aws_error", error}});
}

std::string cliInvalidType(const SchemaScope& scope, NodeId node, std::string_view expectedType) {
  const NodeKind kind = scope.document().kind(node);
  if (kind == NodeKind::Mapping || kind == NodeKind::Sequence || !scope.readByAwsCli()) return "";
  // botocore checks integers with isinstance(value, int), which Python's bool passes.
  if (expectedType == "integer" && kind == NodeKind::Boolean) return "";
  std::string error = "Invalid type for parameter ";
  error.append(scope.apiPath(node)).append(", value: ").append(pythonValue(scope.document(), node));
  error.append(", type: ").append(pythonType(kind)).append(", valid types: ");
  return error.append(pythonValidTypes(expectedType));
}

}  // namespace ecslint::message_text
