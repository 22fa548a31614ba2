#include "fix/yaml_editor.h"

#include <algorithm>

#include "fix/json_editor.h"
#include "yaml/yaml_scalar.h"

namespace ecslint {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }

// Characters that may not start a plain scalar, or that change its meaning inside one.
bool safeAsPlain(std::string_view text) {
  if (text.empty() || plainScalarKind(text) != NodeKind::String) return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos) return false;
  if (isBlank(text.front()) || isBlank(text.back())) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return false;
    if (text[i] == ':' && (i + 1 == text.size() || isBlank(text[i + 1]))) return false;
    if (text[i] == '#' && i > 0 && isBlank(text[i - 1])) return false;
  }
  return true;
}

std::string singleQuoted(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) {
    quoted += c;
    if (c == '\'') quoted += '\'';
  }
  return quoted + '\'';
}

bool printable(std::string_view text) {
  return std::none_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
  });
}

}  // namespace

std::string yamlString(std::string_view text) {
  // A JSON string literal is a YAML double-quoted scalar with the same escapes.
  return safeAsPlain(text) ? std::string(text) : quoteJson(text);
}

bool YamlEditor::oneLineScalar(NodeId node) const {
  // A tagged scalar is an intrinsic function (`!Ref TaskMemory`): not a value an edit may replace.
  if (!valid(node) || !document_.isScalar(node) || !document_.tag(node).empty()) return false;
  const DocumentNode& n = document_.node(node);
  if (n.style == ScalarStyle::Literal || n.style == ScalarStyle::Folded) return false;
  return text().substr(n.span.begin, n.span.end - n.span.begin).find('\n') == std::string_view::npos;
}

std::uint32_t YamlEditor::lineStart(std::uint32_t offset) const {
  const std::size_t newline = text().rfind('\n', offset == 0 ? 0 : offset - 1);
  return offset == 0 || newline == std::string_view::npos ? 0 : static_cast<std::uint32_t>(newline + 1);
}

std::optional<std::uint32_t> YamlEditor::lineEndAfter(std::uint32_t offset) const {
  const std::string_view all = text();
  if (offset > 0 && all[offset - 1] == '\n') return offset;  // a block scalar ends past its line break
  std::uint32_t at = offset;
  while (at < all.size() && isBlank(all[at])) ++at;
  if (at < all.size() && all[at] == '#') {
    while (at < all.size() && all[at] != '\n') ++at;
  }
  if (at < all.size() && all[at] == '\r') ++at;
  if (at == all.size()) return at;
  if (all[at] != '\n') return std::nullopt;
  return at + 1;
}

void YamlEditor::replaceValue(NodeId node, std::string yaml) {
  if (!oneLineScalar(node)) return decline();
  edit(document_.node(node).span, std::move(yaml));
}

void YamlEditor::replaceString(NodeId node, std::string_view newText) {
  if (!oneLineScalar(node)) return decline();
  std::string written;
  switch (document_.node(node).style) {
    case ScalarStyle::SingleQuoted:
      written = printable(newText) ? singleQuoted(newText) : quoteJson(newText);
      break;
    case ScalarStyle::DoubleQuoted:
      written = quoteJson(newText);
      break;
    default:
      written = yamlString(newText);
      break;
  }
  edit(document_.node(node).span, std::move(written));
}

void YamlEditor::renameKey(NodeId member, std::string_view name) {
  if (!valid(member) || !document_.isMember(member)) return decline();
  const ByteRange key = document_.node(member).keySpan;
  const char first = key.end > key.begin ? text()[key.begin] : '\0';
  if (first == '\'' && printable(name)) return edit(key, singleQuoted(name));
  if (first == '"') return edit(key, quoteJson(name));
  edit(key, yamlString(name));
}

void YamlEditor::removeMember(NodeId node) {
  if (!valid(node)) return decline();
  const DocumentNode& n = document_.node(node);
  const NodeId parent = n.parent;
  if (parent == kNoNode || document_.node(parent).style != ScalarStyle::Block) return decline();
  // The last member would leave `Parent:` with nothing, which YAML reads as null.
  if (document_.firstChild(parent) == node && document_.nextSibling(node) == kNoNode) return decline();
  const bool member = document_.isMember(node);
  const std::uint32_t start = member ? n.keySpan.begin : n.span.begin;
  const std::uint32_t line = lineStart(start);
  std::string_view before = text().substr(line, start - line);
  if (!member) {
    // `  - item`: the indicator and blanks before the element, nothing else.
    while (!before.empty() && isBlank(before.back())) before.remove_suffix(1);
    if (before.empty() || before.back() != '-') return decline();
    before.remove_suffix(1);
  }
  if (!std::all_of(before.begin(), before.end(), isBlank)) return decline();
  const auto end = lineEndAfter(n.span.end);
  if (!end) return decline();
  edit({line, *end}, "");
}

void YamlEditor::removeMembers(std::span<const NodeId> nodes) {
  for (NodeId node : nodes) removeMember(node);
}

}  // namespace ecslint
