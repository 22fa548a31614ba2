#include "schema/message_text.h"

#include <cctype>

namespace ecslint::message_text {
namespace {

constexpr std::size_t kShownLength = 60;

std::string_view sourceOf(const JsonDocument& document, NodeId node) {
  const ByteRange span = document.node(node).span;
  return document.source().bytes().substr(span.begin, span.end - span.begin);
}

// How Python's str() prints the value the AWS CLI loaded from JSON.
std::string pythonValue(const JsonDocument& document, NodeId node) {
  const rapidjson::Value& value = document.value(node);
  if (value.IsString()) return std::string(stringValue(value));
  if (value.IsBool()) return value.GetBool() ? "True" : "False";
  if (value.IsNull()) return "None";
  return std::string(sourceOf(document, node));
}

std::string_view pythonType(const rapidjson::Value& value) {
  if (value.IsString()) return "<class 'str'>";
  if (value.IsBool()) return "<class 'bool'>";
  if (value.IsNull()) return "<class 'NoneType'>";
  if (value.IsInt64() || value.IsUint64()) return "<class 'int'>";
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

std::string shown(const JsonDocument& document, NodeId node) {
  const std::string_view text = sourceOf(document, node);
  if (text.size() <= kShownLength) return std::string(text);
  // Cut on a UTF-8 character boundary.
  std::size_t cut = kShownLength;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

std::string_view typeWithArticle(const rapidjson::Value& value) {
  if (value.IsNull()) return "null";
  if (value.IsBool()) return "a boolean";
  if (value.IsString()) return "a string";
  if (value.IsArray()) return "an array";
  if (value.IsObject()) return "an object";
  if (value.IsInt64() || value.IsUint64()) return "an integer";
  return "a number with a fraction";
}

std::string_view expectedWithArticle(std::string_view schemaType) {
  if (schemaType == "integer") return "an integer";
  if (schemaType == "boolean") return "a boolean (true or false)";
  if (schemaType == "array") return "an array";
  if (schemaType == "object") return "an object";
  return "a string";
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
  if (scope.kind() == SchemaScope::Kind::Container || error.empty()) return "";
  return " (the AWS CLI says '" + error + "')";
}

std::string cliInvalidType(const SchemaScope& scope, NodeId node, std::string_view expectedType) {
  const rapidjson::Value& value = scope.document().value(node);
  if (value.IsObject() || value.IsArray() || scope.kind() == SchemaScope::Kind::Container) return "";
  // botocore checks integers with isinstance(value, int), which Python's bool passes.
  if (expectedType == "integer" && value.IsBool()) return "";
  std::string error = "Invalid type for parameter ";
  error.append(scope.apiPath(node)).append(", value: ").append(pythonValue(scope.document(), node));
  error.append(", type: ").append(pythonType(value)).append(", valid types: ");
  return error.append(pythonValidTypes(expectedType));
}

}  // namespace ecslint::message_text
