#include "cloudformation/intrinsic.h"

namespace ecslint {

namespace {

bool isFunctionKey(std::string_view key) {
  return key == "Ref" || key == "Condition" || (key.size() > 4 && key.substr(0, 4) == "Fn::");
}

std::optional<std::string_view> literal(const Document& document, NodeId node) {
  if (node == kNoNode || !document.isScalar(node) || document.kind(node) == NodeKind::Null)
    return std::nullopt;
  if (!document.tag(node).empty() && document.tag(node).front() == '!' && document.tag(node) != "!") {
    return std::nullopt;  // itself a short-form function
  }
  return document.text(node);
}

}  // namespace

Intrinsic intrinsicAt(const Document& document, NodeId node) {
  if (node == kNoNode) return {};
  const std::string_view tag = document.tag(node);
  // Local tags only: `!!str` (tag:yaml.org,2002:str) and the non-specific `!` are not functions.
  if (tag.size() > 1 && tag.front() == '!' && tag[1] != '!') {
    const std::string_view function = tag.substr(1);
    if (function == "Ref" || function == "Condition") return {std::string(function), node};
    return {"Fn::" + std::string(function), node};
  }
  if (document.kind(node) != NodeKind::Mapping) return {};
  const NodeId only = document.firstChild(node);
  if (only == kNoNode || document.nextSibling(only) != kNoNode) return {};
  const std::string_view key = document.keyName(only);
  if (!isFunctionKey(key)) return {};
  return {std::string(key), only};
}

std::optional<AttributeReference> getAttTarget(const Document& document, const Intrinsic& getAtt) {
  if (!getAtt.is("Fn::GetAtt")) return std::nullopt;
  const NodeId argument = getAtt.argument;
  if (document.kind(argument) == NodeKind::Sequence) {
    const auto resource = literal(document, document.element(argument, 0));
    const auto attribute = literal(document, document.element(argument, 1));
    if (!resource || !attribute || document.element(argument, 2) != kNoNode) return std::nullopt;
    return AttributeReference{*resource, *attribute};
  }
  if (!document.isScalar(argument)) return std::nullopt;
  // `Role.Arn`: the logical id has no dots, the attribute may (`Endpoint.Address`).
  const std::string_view text = document.text(argument);
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == text.size()) return std::nullopt;
  return AttributeReference{text.substr(0, dot), text.substr(dot + 1)};
}

std::optional<std::string_view> refTarget(const Document& document, const Intrinsic& ref) {
  if (!ref.is("Ref")) return std::nullopt;
  if (!document.isScalar(ref.argument) || document.kind(ref.argument) == NodeKind::Null) return std::nullopt;
  return document.text(ref.argument);
}

std::optional<std::vector<SubPiece>> parseSubTemplate(std::string_view text) {
  std::vector<SubPiece> pieces;
  auto appendLiteral = [&](std::string_view part) {
    if (part.empty()) return;
    if (pieces.empty() || pieces.back().reference) pieces.push_back({false, {}});
    pieces.back().text.append(part);
  };
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find("${", at);
    if (open == std::string_view::npos) {
      appendLiteral(text.substr(at));
      break;
    }
    appendLiteral(text.substr(at, open - at));
    const std::size_t close = text.find('}', open + 2);
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view inner = text.substr(open + 2, close - open - 2);
    if (!inner.empty() && inner.front() == '!') {
      appendLiteral("${");
      appendLiteral(inner.substr(1));
      appendLiteral("}");
    } else {
      pieces.push_back({true, std::string(inner)});
    }
    at = close + 1;
  }
  return pieces;
}

}  // namespace ecslint
