#pragma once
// What a fix is built from: operations on the values of a Document, whatever its syntax. Each
// syntax has an editor that turns them into byte-range edits shaped like the surrounding text
// (JsonEditor, YamlEditor); an operation an editor cannot do safely declines the whole fix, and
// the finding then has none.
//
//   auto editor = editorFor(document, dialect);
//   editor->renameKey(member, "executionRoleArn");
//   finding.fix = std::move(*editor).finish("rename 'executionRoleARN' to 'executionRoleArn'");

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "fix/fix.h"
#include "model/key_spelling.h"

namespace ecslint {

struct NewMember;

// A value to insert: a string, or an object of members. The editor writes it in the file's style.
class NewValue {
 public:
  static NewValue string(std::string_view text);
  static NewValue object(std::vector<NewMember> members);
  // A value given as JSON text (a list, an intrinsic function), written as is: valid in a JSON file
  // and as a YAML flow value. Its keys are not respelt.
  static NewValue json(std::string text);

  bool isObject() const { return isObject_; }
  const std::string& json() const { return json_; }
  const std::vector<NewMember>& members() const { return members_; }

 private:
  std::string json_;                // the JSON text of a scalar
  std::vector<NewMember> members_;  // the members of an object
  bool isObject_ = false;
};

struct NewMember {
  std::string key;
  NewValue value;
};

class Editor {
 public:
  virtual ~Editor() = default;

  // Replaces a scalar with JSON scalar text (`"1024"`, `80`, `true`: valid YAML flow scalars too),
  // or with a string (quoted and escaped as the syntax needs).
  virtual void replaceValue(NodeId node, std::string json) = 0;
  virtual void replaceString(NodeId node, std::string_view text) = 0;
  // Renames a member, keeping its value and position.
  virtual void renameKey(NodeId member, std::string_view name) = 0;
  // Exchanges two values (neither may contain the other).
  virtual void swapValues(NodeId first, NodeId second) = 0;
  // Removes a member or element (with its comma or its lines).
  virtual void removeMember(NodeId node) = 0;
  // Removes several members or elements (of one container or several) at once.
  virtual void removeMembers(std::span<const NodeId> nodes) = 0;
  // Sets `key` (an API name) of an object: replaces an existing member's value, else adds one.
  virtual void setMember(NodeId object, std::string_view key, const NewValue& value) = 0;
  // Makes the object value of the root's `member` the whole document (describe output → input).
  virtual void hoistMember(NodeId member, std::span<const std::string_view> carried) = 0;

  // Gives up on the fix (a check that finds its fix unsafe halfway through).
  void decline() { declined_ = true; }
  bool declined() const { return declined_; }
  // The fix, or nullopt when an operation declined or nothing was edited.
  std::optional<Fix> finish(std::string description) &&;

 protected:
  explicit Editor(const Document& document) : document_(document) {}
  void edit(ByteRange range, std::string replacement);
  std::string_view text() const { return document_.source().bytes(); }
  bool valid(NodeId node) const { return node < document_.nodeCount(); }

  const Document& document_;

 private:
  std::vector<TextEdit> edits_;
  bool declined_ = false;
};

// The editor for a document's syntax. Members named by API names are written in `dialect`'s
// spelling; where that cannot be done faithfully (an object whose nested keys would need
// respelling in a template) the operation declines.
std::unique_ptr<Editor> editorFor(const Document& document, Dialect dialect);

}  // namespace ecslint
