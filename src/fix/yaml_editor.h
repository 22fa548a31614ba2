#pragma once
// Builds a Fix from operations on the values of a YAML Document (a CloudFormation template), the
// way JsonEditor does for JSON: byte-range edits from the loader's spans, so comments, quoting,
// indentation and everything outside the edit stay as written.
//
// YAML's layout carries meaning, so the editor does only what it can do safely in block style:
// replace a one-line scalar, rename a key, remove a `Key: value` member or a `- item` that starts
// its own line (with its lines, and any comment on them). Anything else — a member sharing its
// line with a `- `, the last member of a mapping (which would turn it into null), flow
// collections, block scalars being replaced — declines the whole fix, and the finding simply has
// none.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "fix/editor.h"

namespace ecslint {

class YamlEditor final : public Editor {
 public:
  explicit YamlEditor(const Document& document) : Editor(document) {}

  // Replaces a one-line scalar with YAML text as given (a number, `true`, a quoted string: JSON
  // scalar text reads the same in YAML).
  void replaceValue(NodeId node, std::string yaml) override;
  // Replaces a one-line scalar with a string, quoted as the old value was (plain when it was plain
  // and the new text stays a plain string; double-quoted otherwise).
  void replaceString(NodeId node, std::string_view text) override;
  void renameKey(NodeId member, std::string_view name) override;
  // Removes a member of a block mapping, or an element of a block sequence, with its lines.
  void removeMember(NodeId node) override;
  void removeMembers(std::span<const NodeId> nodes) override;
  // Exchanging values, adding members and hoisting need layout YAML does not allow to guess
  // safely: they decline.
  void swapValues(NodeId, NodeId) override { decline(); }
  void setMember(NodeId, std::string_view, const NewValue&) override { decline(); }
  void hoistMember(NodeId, std::span<const std::string_view>) override { decline(); }

 private:
  bool oneLineScalar(NodeId node) const;
  std::uint32_t lineStart(std::uint32_t offset) const;
  // The end of the line holding `offset - 1` (past its line break), when only blanks or a comment
  // follow `offset` on it; else nullopt.
  std::optional<std::uint32_t> lineEndAfter(std::uint32_t offset) const;
};

// How `text` is written as a YAML string: plain when it reads back as the same string, else a
// double-quoted scalar.
std::string yamlString(std::string_view text);

}  // namespace ecslint
