#pragma once
// Reads document values into model fields, whatever the syntax and the dialect. A null reads as
// absent; a placeholder, a value of another type or anything ecslint cannot evaluate reads as
// unknown (the schema check reports wrong types). Used only while the model is built.
//
// Members are matched by their API names (`hostPort`) whatever the front end writes (`HostPort`
// in a CloudFormation template): `key()` gives a member's API name, `rawKey()` the name as
// written, for free-form maps (log options, docker labels) whose keys are values.
//
// In a template, a value may be an intrinsic function: the reader asks the template's
// `ValueResolver` what it evaluates to, and treats it as a value, never as a structure.

#include <array>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document/document.h"
#include "model/field.h"
#include "model/key_spelling.h"
#include "model/placeholder.h"
#include "model/task_definition.h"
#include "model/value_resolver.h"

namespace ecslint {

class FieldReader {
 public:
  // `resolver`: how a template evaluates its intrinsic functions (null for API JSON). `task` owns
  // the text of values that are not in the document as such (a parameter's default, a joined
  // string) and records which values rely on a parameter's default.
  FieldReader(const Document& document, Dialect dialect, const ValueResolver* resolver, TaskDefinition& task)
      : document_(document), dialect_(dialect), resolver_(resolver), task_(task) {}

  const Document& document() const { return document_; }
  Dialect dialect() const { return dialect_; }

  StringField string(NodeId node) const;
  // A value as written when it is a string, placeholders and all (empty for other values): for
  // messages that name a thing, never for judging it.
  std::string_view text(NodeId node) const;
  IntField integer(NodeId node) const;
  BoolField boolean(NodeId node) const;

  // A string that maps onto an enum; any other spelling reads as unknown (ECS005 reports it).
  template <class E, std::size_t N>
  Field<E> enumeration(NodeId node, const std::array<std::pair<std::string_view, E>, N>& names) const {
    const StringField text = string(node);
    Field<E> field;
    field.node = node;
    field.presence = text.presence;
    if (text.known()) {
      field.presence = Presence::Unknown;
      for (const auto& [name, value] : names) {
        if (text.value == name) {
          field.presence = Presence::Known;
          field.value = value;
        }
      }
    }
    return field;
  }

  TaskSizeField taskSize(NodeId node, std::optional<std::int64_t> (*parse)(std::string_view)) const {
    TaskSizeField field;
    field.node = node;
    const StringField text = string(node);
    field.presence = text.presence;
    if (text.known()) {
      if (const auto amount = parse(text.value)) {
        field.value = *amount;
      } else {
        // "" is an empty value (ECS010's finding), not a malformed size.
        field.presence = Presence::Unknown;
        field.malformed = !text.value.empty();
      }
    }
    return field;
  }

  // What can be read of an image that is not known as a whole: a template's
  // `${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/app` or the registry an unknown
  // `Fn::Sub` surely starts with, followed by "…"; "" when nothing can.
  std::string_view imageShape(NodeId node) const;

  // A role slot naming a role of the same template (`!GetAtt TaskRole.Arn`).
  TaskDefinition::RoleReference roleReference(NodeId node) const;

  // A member's API name ("hostPort" for CloudFormation's `HostPort`).
  std::string_view key(NodeId member) const;
  // A member's name as written: the keys of free-form maps (log options, docker labels).
  std::string_view rawKey(NodeId member) const { return document_.keyName(member); }
  NodeId firstChild(NodeId node) const { return document_.firstChild(follow(node)); }
  NodeId next(NodeId node) const { return document_.nextSibling(node); }
  // The member of a mapping with API name `apiName`, or kNoNode.
  NodeId member(NodeId mapping, std::string_view apiName) const;

  // Structures as written: a mapping or sequence that is not an intrinsic function. A template's
  // `!If [...]` or `Fn::Join` is a value ecslint evaluates, not a list to walk.
  bool isMapping(NodeId node) const { return isStructure(follow(node), NodeKind::Mapping); }
  bool isSequence(NodeId node) const { return isStructure(follow(node), NodeKind::Sequence); }
  // Null, or a template value that is absent on every path (`!Ref AWS::NoValue`).
  bool absent(NodeId node) const;
  // Non-empty sequences and mappings: the forms in which a list or structure says anything.
  bool nonEmptySequence(NodeId node) const { return isSequence(node) && firstChild(node) != kNoNode; }

 private:
  bool isStructure(NodeId node, NodeKind kind) const;
  // The node a value stands for: a template's Fn::If under a chosen outcome is its branch.
  NodeId follow(NodeId node) const {
    return resolver_ == nullptr || node == kNoNode ? node : resolver_->select(node);
  }
  // What a template evaluates an intrinsic function or alias at `node` to; nullopt for plain values.
  std::optional<ResolvedValue> resolve(NodeId node) const;
  // A typed field from an evaluated value: known when `parse` reads its text, absent or unknown
  // as the evaluation says (`field` arrives unknown, with its node).
  template <class T, class Parse>
  Field<T> fromResolved(NodeId node, ResolvedValue& resolved, Field<T> field, Parse parse) const;
  // Known text from a template evaluation, kept alive by the task; notes a parameter default.
  std::string_view keep(NodeId node, ResolvedValue& value) const;

  const Document& document_;
  Dialect dialect_;
  const ValueResolver* resolver_;
  TaskDefinition& task_;
  mutable std::deque<std::string> apiKeys_;  // API names of CloudFormation keys, stable addresses
};

// Visits the members or elements of `node` in document order (nothing for scalars and intrinsics).
template <class F>
inline void forEachChild(const FieldReader& reader, NodeId node, F&& visit) {
  if (!reader.isMapping(node) && !reader.isSequence(node)) return;
  for (NodeId child = reader.firstChild(node); child != kNoNode; child = reader.next(child)) visit(child);
}

// Reads a sequence of strings (links, command, capabilities): one field per element.
inline std::vector<StringField> readStrings(const FieldReader& reader, NodeId node) {
  std::vector<StringField> fields;
  forEachChild(reader, node, [&](NodeId element) { fields.push_back(reader.string(element)); });
  return fields;
}

// What a list of objects says: absent (missing or null), known (a sequence of mappings only), or
// unknown (a placeholder, an intrinsic, or a sequence with an element that may hold anything).
inline Presence objectListPresence(const FieldReader& reader, NodeId node) {
  if (reader.absent(node)) return Presence::Absent;
  if (!reader.isSequence(node)) return Presence::Unknown;
  for (NodeId element = reader.firstChild(node); element != kNoNode; element = reader.next(element)) {
    if (!reader.isMapping(element)) return Presence::Unknown;
  }
  return Presence::Known;
}

// The member node when its value is a non-empty sequence, else kNoNode.
inline NodeId nonEmptyArrayNode(const FieldReader& reader, NodeId node) {
  return reader.nonEmptySequence(node) ? node : kNoNode;
}

}  // namespace ecslint
