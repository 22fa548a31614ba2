#include "fix/json_editor.h"

#include <algorithm>
#include <cstdio>

namespace ecslint {
namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }

// `text` is blanks, one `mark`, blanks: the spacing around a ':' or ',' worth copying.
bool isSpacedMark(std::string_view text, char mark) {
  const std::size_t at = text.find(mark);
  if (at == std::string_view::npos) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i != at && !isBlank(text[i])) return false;
  }
  return true;
}

}  // namespace

struct JsonEditor::Style {
  bool multiline = false;
  std::string newline = "\n";
  std::string unit = "  ";   // one level of indentation
  std::string colon = ": ";  // between a key and its value
  std::string comma = ", ";  // between members written on one line
};

NewValue NewValue::string(std::string_view text) {
  NewValue value;
  value.json_ = quoteJson(text);
  return value;
}

NewValue NewValue::json(std::string text) {
  NewValue value;
  value.json_ = std::move(text);
  return value;
}

NewValue NewValue::object(std::vector<NewMember> members) {
  NewValue value;
  value.members_ = std::move(members);
  value.isObject_ = true;
  return value;
}

std::string quoteJson(std::string_view text) {
  std::string quoted = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (c == '\n') {
      quoted += "\\n";
    } else if (c == '\t') {
      quoted += "\\t";
    } else if (c == '\r') {
      quoted += "\\r";
    } else if (byte < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
      quoted += escaped;
    } else {
      quoted += c;
    }
  }
  return quoted + '"';
}

NodeId JsonEditor::previousSibling(NodeId node) const {
  const NodeId parent = document_.node(node).parent;
  if (parent == kNoNode) return kNoNode;
  NodeId previous = kNoNode;
  for (NodeId child = document_.firstChild(parent); child != node && child != kNoNode;
       child = document_.nextSibling(child)) {
    previous = child;
  }
  return previous;
}

NodeId JsonEditor::lastChild(NodeId node) const {
  NodeId last = kNoNode;
  for (NodeId child = document_.firstChild(node); child != kNoNode; child = document_.nextSibling(child)) {
    last = child;
  }
  return last;
}

// Where a member's text begins: its key, or the value itself for an array element.
std::uint32_t JsonEditor::startOf(NodeId node) const {
  const DocumentNode& entry = document_.node(node);
  return document_.isMember(node) ? entry.keySpan.begin : entry.span.begin;
}

// Lines as SourceText counts them, from its index: every fix asks about lines, and on a minified
// file (one long line) searching the text for line breaks made each fix cost the whole file.
std::uint32_t JsonEditor::lineStart(std::uint32_t offset) const {
  return std::max(document_.source().lineStartOf(offset), document_.source().contentStart());
}

bool JsonEditor::beginsLine(std::uint32_t offset) const {
  // Back over blanks only, not over the whole line before the offset.
  const std::uint32_t start = lineStart(offset);
  std::uint32_t at = offset;
  while (at > start && isBlank(text()[at - 1])) --at;
  return at == start;
}

std::string_view JsonEditor::indentAt(std::uint32_t offset) const {
  const std::uint32_t start = lineStart(offset);
  std::uint32_t end = start;
  while (end < text().size() && isBlank(text()[end])) ++end;
  return text().substr(start, end - start);
}

std::string JsonEditor::newline() const {
  const SourceText& source = document_.source();
  if (source.lineCount() < 2) return "\n";
  const std::string_view first = source.line(1);
  const std::size_t end = static_cast<std::size_t>(first.data() - text().data()) + first.size();
  return text().substr(end, 2) == "\r\n" ? "\r\n" : "\n";
}

// One level of indentation: what the object's members add to the object's own line, else the
// file's habit (a tab, or the smallest indentation of any line), else two spaces.
std::string JsonEditor::indentUnit(NodeId object, NodeId lastMember) const {
  const DocumentNode& entry = document_.node(object);
  if (lastMember != kNoNode && beginsLine(startOf(lastMember))) {
    const std::string_view member = indentAt(startOf(lastMember));
    const std::uint32_t close = entry.span.end - 1;
    const std::string_view outer = beginsLine(close) ? indentAt(close) : indentAt(entry.span.begin);
    if (member.size() > outer.size() && member.starts_with(outer))
      return std::string(member.substr(outer.size()));
  }
  std::size_t smallest = 0;
  const SourceText& source = document_.source();
  for (std::uint32_t number = 1; number <= std::min<std::uint32_t>(source.lineCount(), 2000); ++number) {
    const std::string_view line = source.line(number);
    std::size_t width = 0;
    while (width < line.size() && line[width] == ' ') ++width;
    if (width == 0 && !line.empty() && line[0] == '\t') return "\t";
    if (width > 0 && width < line.size() && (smallest == 0 || width < smallest)) smallest = width;
  }
  return std::string(smallest == 0 ? 2 : smallest, ' ');
}

JsonEditor::Style JsonEditor::styleOf(NodeId object) const {
  Style style;
  style.newline = newline();
  const NodeId last = lastChild(object);
  style.unit = indentUnit(object, last);
  if (last == kNoNode) {
    const ByteRange span = document_.node(object).span;
    style.multiline = text().substr(span.begin, span.end - span.begin).find('\n') != std::string_view::npos;
    return style;
  }
  style.multiline = beginsLine(startOf(last));
  const DocumentNode& entry = document_.node(last);
  if (document_.isMember(last)) {
    const std::string_view colon = text().substr(entry.keySpan.end, entry.span.begin - entry.keySpan.end);
    if (isSpacedMark(colon, ':')) style.colon = std::string(colon);
  }
  if (const NodeId previous = previousSibling(last); previous != kNoNode) {
    const std::uint32_t end = document_.node(previous).span.end;
    const std::string_view comma = text().substr(end, startOf(last) - end);
    if (isSpacedMark(comma, ',')) style.comma = std::string(comma);
  }
  return style;
}

std::string JsonEditor::render(const NewValue& value, const Style& style, const std::string& indent) const {
  if (!value.isObject()) return value.json();
  if (value.members().empty()) return "{}";
  std::string out = "{";
  const std::string inner = indent + style.unit;
  for (std::size_t i = 0; i < value.members().size(); ++i) {
    const NewMember& member = value.members()[i];
    if (style.multiline) {
      out += (i == 0 ? "" : ",") + style.newline + inner;
    } else if (i != 0) {
      out += style.comma;
    }
    out += quoteJson(member.key) + style.colon + render(member.value, style, inner);
  }
  if (style.multiline) out += style.newline + indent;
  return out + "}";
}

void JsonEditor::replaceValue(NodeId node, std::string json) {
  if (!valid(node)) return decline();
  edit(document_.node(node).span, std::move(json));
}

void JsonEditor::replaceString(NodeId node, std::string_view value) { replaceValue(node, quoteJson(value)); }

void JsonEditor::renameKey(NodeId member, std::string_view name) {
  if (!valid(member) || !document_.isMember(member)) return decline();
  edit(document_.node(member).keySpan, quoteJson(name));
}

void JsonEditor::swapValues(NodeId first, NodeId second) {
  if (!valid(first) || !valid(second)) return decline();
  const ByteRange a = document_.node(first).span;
  const ByteRange b = document_.node(second).span;
  if (a.begin < b.end && b.begin < a.end) return decline();  // one contains the other
  edit(a, std::string(text().substr(b.begin, b.end - b.begin)));
  edit(b, std::string(text().substr(a.begin, a.end - a.begin)));
}

void JsonEditor::removeMember(NodeId node) { removeRun(node, node); }

void JsonEditor::removeMembers(std::span<const NodeId> nodes) {
  std::vector<NodeId> sorted(nodes.begin(), nodes.end());
  std::sort(sorted.begin(), sorted.end());  // document order
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  // Neighbouring members go in one edit: removed one by one, the last one's edit (from the end of
  // the member before it) would overlap that member's own.
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t j = i;
    while (j + 1 < sorted.size() && valid(sorted[j]) && document_.nextSibling(sorted[j]) == sorted[j + 1])
      ++j;
    removeRun(sorted[i], sorted[j]);
    i = j + 1;
  }
}

// Removes the siblings `first` to `last` (the same node, or consecutive members of one container).
void JsonEditor::removeRun(NodeId first, NodeId last) {
  if (!valid(first) || !valid(last) || document_.node(first).parent == kNoNode) return decline();
  const NodeId parent = document_.node(first).parent;
  const std::uint32_t begin = startOf(first);
  std::uint32_t end = document_.node(last).span.end;
  const NodeId next = document_.nextSibling(last);
  if (next != kNoNode) {
    // Up to the next member. When the run has its own lines ("member,<newline>"), the whole lines.
    const std::uint32_t nextBegin = startOf(next);
    std::uint32_t at = end;
    while (at < nextBegin && isBlank(text()[at])) ++at;
    const bool comma = at < nextBegin && text()[at] == ',';
    if (comma) ++at;
    while (at < nextBegin && isBlank(text()[at])) ++at;
    if (at < nextBegin && text()[at] == '\r') ++at;
    if (comma && beginsLine(begin) && at < nextBegin && text()[at] == '\n') {
      return edit(ByteRange{lineStart(begin), at + 1}, "");
    }
    return edit(ByteRange{begin, nextBegin}, "");
  }
  if (const NodeId previous = previousSibling(first); previous != kNoNode) {
    // The last members take the comma after the one before them (and their own trailing blanks).
    std::uint32_t after = end;
    while (after < text().size() && isBlank(text()[after])) ++after;
    if (after < text().size() && (text()[after] == '\n' || text()[after] == '\r')) end = after;
    return edit(ByteRange{document_.node(previous).span.end, end}, "");
  }
  // Every member: the container becomes empty.
  const ByteRange container = document_.node(parent).span;
  edit(ByteRange{container.begin + 1, container.end - 1}, "");
}

void JsonEditor::setMember(NodeId object, std::string_view key, const NewValue& value) {
  if (!valid(object) || document_.kind(object) != NodeKind::Mapping) return decline();
  if (dialect_ != Dialect::EcsApi && value.isObject()) return decline();
  const std::string spelt = spellKey(dialect_, key);
  key = spelt;
  const Style style = styleOf(object);
  if (const NodeId existing = document_.member(object, key); existing != kNoNode) {
    const std::uint32_t start = startOf(existing);
    const std::string indent(beginsLine(start) ? indentAt(start) : std::string_view{});
    return replaceValue(existing, render(value, style, indent));
  }
  const ByteRange span = document_.node(object).span;
  const NodeId last = lastChild(object);
  if (last == kNoNode) {
    const std::uint32_t close = span.end - 1;
    if (style.multiline && beginsLine(close)) {
      const std::string outer(indentAt(close));
      const std::string indent = outer + style.unit;
      return edit(ByteRange{span.begin + 1, close}, style.newline + indent + quoteJson(key) + style.colon +
                                                        render(value, style, indent) + style.newline + outer);
    }
    return edit(ByteRange{span.begin + 1, close}, quoteJson(key) + style.colon + render(value, style, ""));
  }
  const std::uint32_t end = document_.node(last).span.end;
  if (style.multiline) {
    const std::string indent(indentAt(startOf(last)));
    return edit(ByteRange{end, end},
                "," + style.newline + indent + quoteJson(key) + style.colon + render(value, style, indent));
  }
  edit(ByteRange{end, end}, style.comma + quoteJson(key) + style.colon + render(value, style, ""));
}

void JsonEditor::hoistMember(NodeId member, std::span<const std::string_view> carried) {
  const NodeId root = Document::rootId();
  if (!valid(member) || document_.node(member).parent != root ||
      document_.kind(member) != NodeKind::Mapping) {
    return decline();
  }
  const ByteRange outer = document_.node(root).span;
  const ByteRange inner = document_.node(member).span;
  const NodeId innerLast = lastChild(member);

  std::vector<NodeId> moved;
  for (NodeId child = document_.firstChild(root); child != kNoNode; child = document_.nextSibling(child)) {
    if (child == member) continue;
    const NodeKind kind = document_.kind(child);
    const bool empty = kind == NodeKind::Null || ((kind == NodeKind::Sequence || kind == NodeKind::Mapping) &&
                                                  document_.firstChild(child) == kNoNode);
    if (empty) continue;
    const std::string_view key = document_.keyName(child);
    const bool carry = std::find(carried.begin(), carried.end(), key) != carried.end();
    if (!carry || document_.member(member, key) != kNoNode || innerLast == kNoNode) return decline();
    moved.push_back(child);
  }

  // The inner object sits one level deeper than the root: take that level (the indentation its
  // closing brace has beyond the root's, else its members beyond the member that held them) off
  // every line of it that starts with exactly that. JSON strings cannot span lines, so every line
  // start inside it is between tokens and its blanks are only indentation.
  const auto extra = [&](std::uint32_t deeper, std::uint32_t shallower) {
    if (!beginsLine(deeper) || !beginsLine(shallower)) return std::string_view{};
    const std::string_view a = indentAt(deeper);
    const std::string_view b = indentAt(shallower);
    return a.size() > b.size() && a.starts_with(b) ? a.substr(b.size()) : std::string_view{};
  };
  const std::uint32_t memberStart = startOf(member);
  std::string_view level = extra(inner.end - 1, outer.end - 1);
  if (const NodeId innerFirst = document_.firstChild(member); level.empty() && innerFirst != kNoNode) {
    level = extra(startOf(innerFirst), memberStart);
  }

  edit(ByteRange{outer.begin, inner.begin}, "");
  for (std::size_t at = text().find('\n', inner.begin); !level.empty() && at < inner.end;
       at = text().find('\n', at + 1)) {
    const auto line = static_cast<std::uint32_t>(at + 1);
    if (text().substr(line).starts_with(level)) {
      edit(ByteRange{line, line + static_cast<std::uint32_t>(level.size())}, "");
    }
  }
  if (!moved.empty()) {
    const Style style = styleOf(member);
    const std::string indent(indentAt(memberStart));
    std::string insertion;
    for (const NodeId child : moved) {
      const ByteRange span{startOf(child), document_.node(child).span.end};
      insertion += (style.multiline ? "," + style.newline + indent : style.comma) +
                   std::string(text().substr(span.begin, span.end - span.begin));
    }
    const std::uint32_t end = document_.node(innerLast).span.end;
    edit(ByteRange{end, end}, std::move(insertion));
  }
  edit(ByteRange{inner.end, outer.end}, "");
}

}  // namespace ecslint
