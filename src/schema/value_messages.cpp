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

using message_text::shown;
using message_text::typeWithArticle;

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

std::string stringMessage(const SchemaScope& scope, NodeId node, const std::string& subject) {
  const Document& document = scope.document();
  const NodeKind kind = document.kind(node);
  const bool scalar = isNumber(kind) || kind == NodeKind::Boolean;
  const NodeId parent = document.node(node).parent;
  const std::string_view key = scope.memberName(node);
  if (scope.isTaskRoot(parent) && (key == "cpu" || key == "memory")) {
    const std::string example = isNumber(kind) ? quotedJson(shown(document, node)) : "\"256\"";
    return subject + " must be a string such as " + example + ", not " +
           std::string(typeWithArticle(document, node)) +
           ": the API takes task-level cpu and memory as strings (container-level cpu and memory are "
           "integers)";
  }
  if (scope.schemaAt(parent).isMap()) {
    return subject + " must be a string" +
           (scalar ? ": write " + quotedJson(shown(document, node)) + " in quotes" : "") +
           ", because every value of '" + std::string(document.keyName(parent)) + "' is a string";
  }
  if (scalar) {
    return subject + " must be a string such as " + quotedJson(shown(document, node)) + ", not " +
           std::string(typeWithArticle(document, node));
  }
  return subject + " must be a string, not " + std::string(typeWithArticle(document, node));
}

std::string integerMessage(const Document& document, NodeId node, const std::string& subject) {
  const NodeKind kind = document.kind(node);
  if (kind == NodeKind::String) {
    const std::string_view text = document.text(node);
    if (isIntegerText(text)) {
      return subject + " must be a number written without quotes, " + std::string(text) +
             ", not the string " + shown(document, node);
    }
    return subject + " must be an integer, not the string " + shown(document, node);
  }
  if (kind == NodeKind::Float) {
    const double number = readJsonNumber(document.text(node)).value_or(JsonNumber{}).valijsonValue();
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 1e15) {
      return subject + " must be written as a whole number, " +
             std::to_string(static_cast<long long>(number)) + ", not " + shown(document, node);
    }
    return subject + " must be a whole number, not " + shown(document, node);
  }
  return subject + " must be an integer, not " + std::string(typeWithArticle(document, node));
}

std::string booleanMessage(const Document& document, NodeId node, const std::string& subject) {
  const NodeKind kind = document.kind(node);
  const std::string_view text = document.text(node);
  if (kind == NodeKind::String && (equalsIgnoringCase(text, "true") || equalsIgnoringCase(text, "false"))) {
    const bool truth = equalsIgnoringCase(text, "true");
    return subject + " must be the boolean " + (truth ? "true" : "false") +
           " without quotes, not the string " + shown(document, node);
  }
  const bool scalar = isNumber(kind) || kind == NodeKind::String;
  return subject + " must be true or false, not " + std::string(typeWithArticle(document, node)) +
         (scalar ? " (" + shown(document, node) + ")" : "");
}

std::string arrayMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema,
                         const std::string& subject) {
  const Document& document = scope.document();
  const NodeKind kind = document.kind(node);
  const SchemaNode items = schema.items();
  if (kind == NodeKind::String && items.type() == "string") {
    return subject + " must be an array of strings such as " +
           arrayExample(scope.memberName(node), document.text(node)) + ", not a single string";
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
    return subject + " must be an array of {\"" + name + "\", \"" + value + "\"} objects such as " + example +
           ", not an object";
  }
  return subject + " must be an array, not " + std::string(typeWithArticle(document, node));
}

std::string objectMessage(const Document& document, NodeId node, const SchemaNode& schema,
                          const std::string& subject) {
  std::string message = subject + " must be an object" +
                        (schema.isMap() ? " of string values such as {\"name\": \"value\"}" : std::string()) +
                        ", not " + std::string(typeWithArticle(document, node));
  if (document.kind(node) == NodeKind::String && document.text(node).starts_with('{')) {
    message += "; it looks like JSON written inside a string: remove the quotes around it";
  }
  return message;
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

std::string wrongTypeMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const Document& document = scope.document();
  const std::string_view expected = schema.type();
  const std::string subject = scope.subject(node);
  std::string message;
  if (expected == "string")
    message = stringMessage(scope, node, subject);
  else if (expected == "integer")
    message = integerMessage(document, node, subject);
  else if (expected == "boolean")
    message = booleanMessage(document, node, subject);
  else if (expected == "array")
    message = arrayMessage(scope, node, schema, subject);
  else
    message = objectMessage(document, node, schema, subject);
  return message + message_text::cliSays(scope, message_text::cliInvalidType(scope, node, expected));
}

std::string enumMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const Document& document = scope.document();
  const std::string_view text = document.text(node);
  const std::vector<std::string_view> values = schema.enumValues();
  std::string message =
      scope.subject(node) + " is " + shown(document, node) + ", which is not an accepted value";
  if (const auto intended = intendedValue(text, values)) {
    message += "; did you mean " + quotedJson(*intended) + "?";
    if (equalsIgnoringCase(*intended, text)) message += " ECS values are case-sensitive";
  }
  if (values.size() <= 12) {
    std::string list;
    for (std::string_view value : values) list += (list.empty() ? "" : ", ") + std::string(value);
    message += std::string(message.back() == '?' ? " " : ". ") + "Accepted values: " + list;
  }
  return message;
}

std::optional<std::string_view> caseCorrectedValue(const SchemaScope& scope, NodeId node,
                                                   const SchemaNode& schema) {
  const std::string_view text = scope.document().text(node);
  for (std::string_view value : schema.enumValues()) {
    if (equalsIgnoringCase(value, text)) return value;
  }
  return std::nullopt;
}

std::string formatMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const Document& document = scope.document();
  const std::string_view text = document.text(node);
  const std::string subject = scope.subject(node);
  if (text.size() >= 4 && equalsIgnoringCase(text.substr(0, 4), "aws:") &&
      schema.description().find("aws:") != std::string_view::npos) {
    return subject + " is " + shown(document, node) +
           ", which starts with \"aws:\", a prefix reserved for AWS: register-task-definition rejects it. "
           "Tags "
           "that AWS adds, such as aws:cloudformation:stack-name, come back in describe output; remove them";
  }
  const std::size_t length = characterCount(text);
  const auto maxLength = schema.number("maxLength");
  if (maxLength && static_cast<double>(length) > *maxLength) {
    return subject + " is " + std::to_string(length) + " characters long, but it must be " +
           message_text::clause(schema.description());
  }
  return subject + " is " + shown(document, node) + ", which is not valid: it must be " +
         message_text::clause(schema.description());
}

std::string rangeMessage(const SchemaScope& scope, NodeId node, const SchemaNode& schema) {
  const Document& document = scope.document();
  const std::string subject = scope.subject(node);
  if (document.kind(node) == NodeKind::Sequence) {
    const auto maxItems = schema.number("maxItems");
    std::size_t size = 0;
    for (NodeId element = document.firstChild(node); element != kNoNode;
         element = document.nextSibling(element)) {
      ++size;
    }
    return subject + " has " + std::to_string(size) + " entries, more than the " +
           (maxItems ? number(*maxItems) : std::string("few")) + " allowed";
  }
  const std::string_view description = schema.description();
  if (description.empty()) {
    const auto minimum = schema.number("minimum");
    return subject + " is " + shown(document, node) + ", out of range" +
           (minimum ? " (the minimum is " + number(*minimum) + ")" : std::string());
  }
  return subject + " is " + shown(document, node) + ", but it must be " + message_text::clause(description);
}

}  // namespace ecslint
