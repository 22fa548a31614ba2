#pragma once
// Builds a Fix from operations on the values of a JsonDocument: remove a member, replace a value,
// rename a key, add a member, unwrap an object. Each operation becomes byte-range edits computed
// from the spans the parser recorded, shaped like the surrounding text (indentation, line endings,
// the spacing around ':' and ','), so nothing outside the edit changes.
//
// Rule checks reach an editor through RuleContext::offerFix; other stages (the schema check's
// ECS003 key renames and ECS005 enum case fixes) use one directly:
//
//   JsonEditor editor(document);
//   editor.renameKey(member, "executionRoleArn");
//   finding.fix = std::move(editor).finish("rename 'executionRoleARN' to 'executionRoleArn'");
//
// An operation the editor cannot express safely (an unusual layout, a value that is not there)
// declines the whole fix: finish() then returns nullopt and the finding simply has no fix.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "fix/fix.h"
#include "json/json_document.h"

namespace ecslint {

struct NewMember;

// A value to insert: a string, or an object of members. The editor writes it in the file's style.
class NewValue {
 public:
  static NewValue string(std::string_view text);
  static NewValue object(std::vector<NewMember> members);

 private:
  friend class JsonEditor;
  std::string json_;                // the JSON text of a scalar
  std::vector<NewMember> members_;  // the members of an object
  bool isObject_ = false;
};

struct NewMember {
  std::string key;
  NewValue value;
};

class JsonEditor {
 public:
  explicit JsonEditor(const JsonDocument& document) : document_(document) {}

  // Replaces a value with JSON text, or with a string (quoted and escaped here).
  void replaceValue(NodeId node, std::string json);
  void replaceString(NodeId node, std::string_view text);
  // Renames an object member, keeping its value and position.
  void renameKey(NodeId member, std::string_view name);
  // Exchanges two values (neither may contain the other).
  void swapValues(NodeId first, NodeId second);
  // Removes an object member or array element with its comma; a member alone on its line takes
  // the line with it.
  void removeMember(NodeId node);
  // Removes several members or elements (of one container or several) at once.
  void removeMembers(std::span<const NodeId> nodes);
  // Sets `key` of an object: replaces the value of an existing member (such as a null), else adds
  // a member after the last one, laid out like its siblings.
  void setMember(NodeId object, std::string_view key, const NewValue& value);
  // Makes the object value of the root's `member` the whole document, dedented one level. The
  // root's other members named in `carried` are moved into it when they hold something; any other
  // member with content declines the fix, so nothing is silently dropped.
  void hoistMember(NodeId member, std::span<const std::string_view> carried);

  // Gives up on the fix (a check that finds its fix unsafe halfway through).
  void decline() { declined_ = true; }
  bool declined() const { return declined_; }

  // The fix, or nullopt when an operation declined or nothing was edited.
  std::optional<Fix> finish(std::string description) &&;

 private:
  struct Style;

  void edit(ByteRange range, std::string replacement);
  void removeRun(NodeId first, NodeId last);
  std::string_view text() const { return document_.source().bytes(); }
  bool valid(NodeId node) const { return node < document_.nodeCount(); }
  NodeId previousSibling(NodeId node) const;
  NodeId lastChild(NodeId node) const;
  std::uint32_t startOf(NodeId node) const;
  std::uint32_t lineStart(std::uint32_t offset) const;
  bool beginsLine(std::uint32_t offset) const;
  std::string_view indentAt(std::uint32_t offset) const;
  std::string newline() const;
  std::string indentUnit(NodeId object, NodeId lastMember) const;
  Style styleOf(NodeId object) const;
  std::string render(const NewValue& value, const Style& style, const std::string& indent) const;

  const JsonDocument& document_;
  std::vector<TextEdit> edits_;
  bool declined_ = false;
};

// A JSON string literal for `text`, with quotes and escapes.
std::string quoteJson(std::string_view text);

}  // namespace ecslint
