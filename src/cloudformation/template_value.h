#pragma once
// What a value written in a CloudFormation template is, as far as the template alone decides.
//
// CloudFormation computes a property's value from literals and intrinsic functions when the stack
// is deployed. The linter knows a value only where that computation cannot depend on anything but
// the template: literals, pseudo parameters kept as names (`${AWS::Region}`), parameter defaults
// (recorded, since a deployment may override them), Fn::Sub, Fn::Join, Fn::FindInMap and
// Fn::Select over those, and Fn::If whose branches agree. Everything else is unknown, never wrong:
// resources' attributes, imports, parameters without a default, lists, conditions' outcomes.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cloudformation/condition_branches.h"
#include "cloudformation/member_index.h"
#include "cloudformation/template_resources.h"
#include "document/document.h"

namespace ecslint {

struct Intrinsic;

struct TemplateValue {
  enum class Presence { Absent, Known, Unknown };
  Presence presence = Presence::Unknown;
  // Known: the scalar CloudFormation passes (a YAML 1.1 boolean as "true" or "false", a number as
  // written). With pseudoParameters, it is an Fn::Sub string: each pseudo parameter is
  // `${AWS::Region}` (however it was written: `!Ref AWS::Region` in a Join too), and literal text
  // `${` is written `${!`, so the two cannot be confused.
  std::string text;
  // Whether text holds pseudo parameters (AWS::AccountId, AWS::Region, AWS::URLSuffix,
  // AWS::Partition, AWS::StackName, AWS::StackId): known in shape, not in value.
  bool pseudoParameters = false;
  // Known, Absent, or Unknown with a knownPrefix: the parameters whose Default the value (or the
  // prefix) relies on, by name, in order of use, each once. A finding that holds only for a default
  // must say so.
  std::vector<std::string_view> parameterDefaults;
  // Unknown: the resource of the template the value names (`Ref X`, `Fn::GetAtt X.Arn` or any other
  // attribute, an Fn::Sub of exactly `${X}` or `${X.Arn}`), by logical id; "" otherwise.
  std::string_view resource;
  std::string_view attribute;  // the attribute Fn::GetAtt reads; "" for Ref
  // Unknown from Fn::Sub or Fn::Join (or a value that names one): the text the value surely starts
  // with, up to its first piece that is not known, always in Fn::Sub syntax (as `text` with
  // pseudoParameters); parameterDefaults are then those it relies on. Judge only what the prefix
  // decides: `${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/${Repository}` is a private
  // ECR image whatever Repository is, but a prefix without '/' has not finished its registry host.
  std::string knownPrefix;

  bool absent() const { return presence == Presence::Absent; }
  bool known() const { return presence == Presence::Known; }
  bool unknown() const { return presence == Presence::Unknown; }
};

class TemplateEvaluator {
 public:
  // Text built from several pieces, or read from elsewhere in the template (a parameter's Default, a
  // Mappings value), is at most this long, else Unknown: no task definition value comes near it,
  // and it bounds what a value can cost (see evaluate).
  static constexpr std::size_t kMaxBuiltText = 4096;

  // Both must outlive the evaluator; the values it returns point into the document.
  TemplateEvaluator(const Document& document, const TemplateOutline& outline);
  // With an outcome chosen for conditions, an Fn::If naming one is its chosen branch's value.
  TemplateEvaluator(const Document& document, const TemplateOutline& outline, ConditionChoices choices);

  // The value of `node`; Absent for kNoNode (a missing member) and null. A mapping or sequence that
  // is not an intrinsic function is Unknown: structures are the caller's to walk.
  // Bounded whatever the template holds: each node of the value's subtree is evaluated at most once
  // per call (an Fn::Sub variable too, however often the string names it), recursion goes only into
  // that subtree, at most Document::kMaxDepth levels deep, so self-referring Fn::Sub variables and
  // Default cycles cannot loop; a call costs time linear in the subtree's nodes and text, plus at
  // most kMaxBuiltText bytes for each function or Ref in it (text built, or copied from a Default
  // or a Mappings value).
  TemplateValue evaluate(NodeId node) const;

 private:
  TemplateValue value(NodeId node, std::uint32_t depth) const;
  TemplateValue function(const Intrinsic& fn, NodeId node, std::uint32_t depth) const;
  TemplateValue reference(std::string_view name) const;
  TemplateValue subReference(std::string_view name) const;
  TemplateValue parameterValue(const TemplateParameter& parameter) const;
  TemplateValue sub(NodeId argument, std::uint32_t depth) const;
  TemplateValue join(NodeId argument, std::uint32_t depth) const;
  TemplateValue ifValue(NodeId argument, std::uint32_t depth) const;
  TemplateValue findInMap(NodeId argument, std::uint32_t depth) const;
  TemplateValue select(NodeId argument, std::uint32_t depth) const;
  // A key or index: Known text without pseudo parameters, else nothing.
  bool plainKey(NodeId node, std::uint32_t depth, TemplateValue& into, std::string& key) const;

  const Document& document_;
  const TemplateOutline& outline_;
  ConditionChoices choices_;
  NodeId mappings_ = kNoNode;  // the template's `Mappings`
  MemberIndex mappingIndex_;   // its maps, their top-level keys and second-level keys
};

}  // namespace ecslint
