// Messages about a value that fails its own schema: type (ECS004), enum (ECS005), format (ECS008)
// and range (ECS007).
#include <algorithm>
#include <cctype>
#include <cmath>

#include "schema/json_number.h"
#include "schema/message_text.h"
#include "schema/schema_messages.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

using message_text::jsonType;
using message_text::shown;

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool isIntegerText(std::string_view text) {
  if (text.starts_with('-')) text.remove_prefix(1);
  return !text.empty() && text.size() <= 18 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string quotedJson(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// What an array was probably meant to be when a single string was written: command and entryPoint
// split into words, anything else wrapped.
std::string arrayExample(std::string_view key, std::string_view text) {
  std::vector<std::string_view> words;
  const bool split =
      (key == "command" || key == "entryPoint") && text.find_first_of("\"'\\") == std::string_view::npos;
  while (split && !text.empty()) {
    const std::size_t start = text.find_first_not_of(' ');
    if (start == std::string_view::npos) break;
    const std::size_t end = std::min(text.find(' ', start), text.size());
    words.push_back(text.substr(start, end - start));
    text.remove_prefix(end);
  }
  if (!split || words.empty()) words = {text};
  std::string example = "[";
  for (std::size_t i = 0; i < words.size() && i < 4; ++i) example += (i ? ", " : "") + quotedJson(words[i]);
  return example + (words.size() > 4 ? ", ...]" : "]");
}

bool isNumber(NodeKind kind) { return kind == NodeKind::Integer || kind == NodeKind::Float; }

// Each message of ECS004 takes the value's subject first; the AWS CLI's wording is added last.
MessageData stringMessage(const SchemaScope& scope, NodeId node, MessageArgs arguments) {
  const Document& document = scope.document();
  const NodeKind kind = document.kind(node);
  const bool scalar = isNumber(kind) || kind == NodeKind::Boolean;
  const NodeId parent = document.node(node).parent;
  const std::string_view key = scope.memberName(node);
  if (scope.isTaskRoot(parent) && (key == "cpu" || key == "memory")) {
    arguments.push_back({"example", isNumber(kind) ? quotedJson(shown(document, node)) : "\"256\""});
    arguments.push_back({"actual", jsonType(scope, node)});
    return {"ECS004.string.task-size", std::move(arguments)};
  }
  if (scope.schemaAt(parent).isMap()) {
    arguments.push_back({"map", std::string(document.keyName(parent))});
    if (!scalar) return {"ECS004.string.map", std::move(arguments)};
    arguments.push_back({"example", quotedJson(shown(document, node))});
    return {"ECS004.string.map.quote", std::move(arguments)};
  }
  if (scalar) {
    arguments.push_back({"example", quotedJson(shown(document, node))});
    arguments.push_back({"actual", jsonType(scope, node)});
    return {"ECS004.string.example", std::move(arguments)};
  }
  arguments.push_back({"actual", jsonType(scope, node)});
  return {"ECS004.string", std::move(arguments)};
}

MessageData integerMessage(const SchemaScope& scope, NodeId node, MessageArgs arguments) {
  const Document& document = scope.document();
  const NodeKind kind = document.kind(node);
  if (kind == NodeKind::String) {
    const std::string_view text = document.text(node);
    arguments.push_back({"value", shown(document, node)});
    if (isIntegerText(text)) {
      arguments.push_back({"number", std::string(text)});
      return {"ECS004.integer.quoted", std::move(arguments)};
    }
    return {"ECS004.integer.string", std::move(arguments)};
  }
  if (kind == NodeKind::Float) {
    const double number = readJsonNumber(document.text(node)).value_or(JsonNumber{}).valijsonValue();
    arguments.push_back({"value", shown(document, node)});
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 1e15) {
      arguments.push_back({"number", std::to_string(static_cast<long long>(number))});
      return {"ECS004.integer.whole-float", std::move(arguments)};
    }
    return {"ECS004.integer.fraction", std::move(arguments)};
  }
  arguments.push_back({"actual", jsonType(scope, node)});
  return {"ECS004.integer", std::move(arguments)};
}

MessageData booleanMessage(const SchemaScope& scope, NodeId node, MessageArgs arguments) {
  const Document& document = scope.document();
  const NodeKind kind = document.kind(node);
  const std::string_view text = document.text(node);
  if (kind == NodeKind::String && (equalsIgnoringCase(text, "true") || equalsIgnoringCase(text, "false"))) {
    arguments.push_back({"boolean", equalsIgnoringCase(text, "true") ? "true" : "false"});
    arguments.push_back({"value", shown(document, node)});
    return {"ECS004.boolean.quoted", std::move(arguments)};
  }
  arguments.push_back({"actual", jsonType(scope, node)});
  if (!isNumber(kind) && kind != NodeKind::String) return {"ECS004.boolean", std::move(arguments)};
  arguments.push_back({"value", shown(document, node)});
  return {"ECS004.boolean.scalar", std::move(arguments)};
}

MessageData arrayMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema,
                         MessageArgs arguments) {
  const Document& document = scope.document();
  const NodeKind kind = document.kind(node);
  const SchemaNode items = schema.items();
  if (kind == NodeKind::String && items.type() == "string") {
    arguments.push_back({"example", arrayExample(scope.memberName(node), document.text(node))});
    return {"ECS004.array.single-string", std::move(arguments)};
  }
  if (kind == NodeKind::Mapping && items.declares("name") && items.declares("value")) {
    // {"NAME": "value"} written where ECS wants [{"name": "NAME", "value": "value"}].
    const NodeId first = document.firstChild(node);
    const std::string name(items.spelling("name", scope.dialect()));
    const std::string value(items.spelling("value", scope.dialect()));
    const std::string example = first == kNoNode
                                    ? "[{\"" + name + "\": \"NAME\", \"" + value + "\": \"value\"}]"
                                    : "[{\"" + name + "\": " + quotedJson(document.keyName(first)) + ", \"" +
                                          value + "\": " + shown(document, first) + "}]";
    arguments.push_back({"name_key", name});
    arguments.push_back({"value_key", value});
    arguments.push_back({"example", example});
    return {"ECS004.array.name-value", std::move(arguments)};
  }
  arguments.push_back({"actual", jsonType(scope, node)});
  return {"ECS004.array", std::move(arguments)};
}

MessageData objectMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema,
                          MessageArgs arguments) {
  const Document& document = scope.document();
  arguments.push_back({"actual", jsonType(scope, node)});
  // JSON written inside a string: remove the quotes around it.
  if (document.kind(node) == NodeKind::String && document.text(node).starts_with('{')) {
    return {schema.isMap() ? "ECS004.object.map.json-in-string" : "ECS004.object.json-in-string",
            std::move(arguments)};
  }
  return {schema.isMap() ? "ECS004.object.map" : "ECS004.object", std::move(arguments)};
}

std::optional<std::string_view> intendedValue(std::string_view text,
                                              const std::vector<std::string_view>& values) {
  for (std::string_view value : values) {
    if (equalsIgnoringCase(value, text)) return value;
  }
  // Linux capabilities are named without Docker's CAP_ prefix.
  if (text.starts_with("CAP_")) {
    for (std::string_view value : values) {
      if (value == text.substr(4)) return value;
    }
  }
  return closestSpelling(text, values);
}

std::size_t characterCount(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string number(double value) { return std::to_string(static_cast<long long>(value)); }

}  // namespace

MessageData wrongTypeMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const std::string_view expected = schema.type();
  MessageArgs subject{{"subject", scope.subject(node)}};
  MessageData message;
  if (expected == "string")
    message = stringMessage(scope, node, std::move(subject));
  else if (expected == "integer")
    message = integerMessage(scope, node, std::move(subject));
  else if (expected == "boolean")
    message = booleanMessage(scope, node, std::move(subject));
  else if (expected == "array")
    message = arrayMessage(scope, node, schema, std::move(subject));
  else
    message = objectMessage(scope, node, schema, std::move(subject));
  message.arguments.push_back(
      {"cli", message_text::cliSays(scope, message_text::cliInvalidType(scope, node, expected))});
  return message;
}

MessageData enumMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const Document& document = scope.document();
  const std::string_view text = document.text(node);
  const std::vector<std::string_view> values = schema.enumValues();
  MessageArgs arguments{{"subject", scope.subject(node)}, {"value", shown(document, node)}};
  const auto intended = intendedValue(text, values);
  if (intended) arguments.push_back({"intended", quotedJson(*intended)});
  const bool listed = values.size() <= 12;
  if (listed) {
    std::string list;
    // Quoted, as the suggestion is: an identifier list in every language.
    for (std::string_view value : values) list += (list.empty() ? "" : ", ") + quotedJson(value);
    arguments.push_back({"values", std::move(list)});
  }
  if (!intended) return {listed ? "ECS005.not-accepted.listed" : "ECS005.not-accepted", std::move(arguments)};
  if (equalsIgnoringCase(*intended, text)) {
    return {listed ? "ECS005.case.listed" : "ECS005.case", std::move(arguments)};
  }
  return {listed ? "ECS005.did-you-mean.listed" : "ECS005.did-you-mean", std::move(arguments)};
}

std::optional<std::string_view> caseCorrectedValue(const SchemaScope& scope, NodeId node,
                                                   const SchemaNode& schema) {
  const std::string_view text = scope.document().text(node);
  for (std::string_view value : schema.enumValues()) {
    if (equalsIgnoringCase(value, text)) return value;
  }
  return std::nullopt;
}

MessageData formatMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const Document& document = scope.document();
  const std::string_view text = document.text(node);
  MessageArgs arguments{{"subject", scope.subject(node)}};
  if (text.size() >= 4 && equalsIgnoringCase(text.substr(0, 4), "aws:") &&
      schema.description().find("aws:") != std::string_view::npos) {
    arguments.push_back({"value", shown(document, node)});
    return {"ECS008.aws-prefix", std::move(arguments)};
  }
  const std::size_t length = characterCount(text);
  const auto maxLength = schema.number("maxLength");
  // The constraint is the schema's description (English, quoted in other languages).
  if (maxLength && static_cast<double>(length) > *maxLength) {
    arguments.push_back({"length", std::to_string(length)});
    arguments.push_back({"constraint", message_text::clause(schema.description())});
    return {"ECS008.too-long", std::move(arguments)};
  }
  arguments.push_back({"value", shown(document, node)});
  arguments.push_back({"constraint", message_text::clause(schema.description())});
  return {"ECS008.invalid", std::move(arguments)};
}

MessageData rangeMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const Document& document = scope.document();
  MessageArgs arguments{{"subject", scope.subject(node)}};
  if (document.kind(node) == NodeKind::Sequence) {
    const auto maxItems = schema.number("maxItems");
    std::size_t size = 0;
    for (NodeId element = document.firstChild(node); element != kNoNode;
         element = document.nextSibling(element)) {
      ++size;
    }
    arguments.push_back({"count", std::to_string(size)});
    if (!maxItems) return {"ECS007.too-many-entries", std::move(arguments)};
    arguments.push_back({"limit", number(*maxItems)});
    return {"ECS007.too-many-entries.limit", std::move(arguments)};
  }
  arguments.push_back({"value", shown(document, node)});
  const std::string_view description = schema.description();
  if (description.empty()) {
    const auto minimum = schema.number("minimum");
    if (!minimum) return {"ECS007.out-of-range", std::move(arguments)};
    arguments.push_back({"minimum", number(*minimum)});
    return {"ECS007.out-of-range.minimum", std::move(arguments)};
  }
  arguments.push_back({"constraint", message_text::clause(description)});
  return {"ECS007.constraint", std::move(arguments)};
}

}  // namespace ecslint
