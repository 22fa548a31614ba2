#pragma once
// The Editor for JSON documents: remove a member, replace a value,
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

#include <span>
#include <string>
#include <string_view>

#include "fix/editor.h"

namespace ecslint {

class JsonEditor final : public Editor {
 public:
  // `dialect`: how the file spells members (a CloudFormation template in JSON writes `HostPort`).
  explicit JsonEditor(const Document& document, Dialect dialect = Dialect::EcsApi)
      : Editor(document), dialect_(dialect) {}

  void replaceValue(NodeId node, std::string json) override;
  void replaceString(NodeId node, std::string_view text) override;
  void renameKey(NodeId member, std::string_view name) override;
  void swapValues(NodeId first, NodeId second) override;
  // A member alone on its line takes the line with it.
  void removeMember(NodeId node) override;
  void removeMembers(std::span<const NodeId> nodes) override;
  // Adds a member after the last one, laid out like its siblings. In a template it declines when
  // the value is an object (its members' names would need CloudFormation's spelling).
  void setMember(NodeId object, std::string_view key, const NewValue& value) override;
  // The root's other members named in `carried` are moved into it when they hold something; any
  // other member with content declines the fix, so nothing is silently dropped.
  void hoistMember(NodeId member, std::span<const std::string_view> carried) override;

 private:
  struct Style;
  void removeRun(NodeId first, NodeId last);
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

  Dialect dialect_;
};

// A JSON string literal for `text`, with quotes and escapes.
std::string quoteJson(std::string_view text);

}  // namespace ecslint
