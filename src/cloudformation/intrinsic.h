#pragma once
// CloudFormation's intrinsic functions, as written in a template, in either form:
// a one-member mapping (`{"Ref": "X"}`, `Fn::GetAtt: [Role, Arn]`) or a YAML short-form tag
// (`!Ref X`, `!GetAtt Role.Arn`, `!Sub "…"`). Tag `!X` means `Fn::X`, except `!Ref` and
// `!Condition`
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html).
//
// This file only recognises and takes apart; deciding what a value is (known, unknown, absent) is
// the template reader's job, and anything not recognised there is unknown, never wrong.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"

namespace ecslint {

struct Intrinsic {
  // "Ref", "Condition" or "Fn::X" (the long-form key, whichever form was written); empty when the
  // node is not an intrinsic function.
  std::string name;
  // The function's argument: the long form's member value, or for a short form the tagged node
  // itself (its text, sequence or mapping is the argument).
  NodeId argument = kNoNode;

  explicit operator bool() const { return !name.empty(); }
  bool is(std::string_view function) const { return name == function; }
};

Intrinsic intrinsicAt(const Document& document, NodeId node);

// `Fn::GetAtt` / `!GetAtt`: the resource and attribute, from `Role.Arn` or `[Role, Arn]`. Nothing
// when either is not a literal.
struct AttributeReference {
  std::string_view resource;
  std::string_view attribute;
};
std::optional<AttributeReference> getAttTarget(const Document& document, const Intrinsic& getAtt);

// `Ref` / `!Ref`: the logical id or parameter named, when it is a literal.
std::optional<std::string_view> refTarget(const Document& document, const Intrinsic& ref);

// One piece of an `Fn::Sub` string: literal text, or a `${Name}` reference (`Name` may be a
// parameter, a resource, `Resource.Attribute` or a pseudo parameter such as `AWS::Region`).
// `${!Literal}` is the literal text `${Literal}`.
struct SubPiece {
  bool reference = false;
  std::string text;
};
// Nothing when a `${` is never closed (CloudFormation rejects the template).
std::optional<std::vector<SubPiece>> parseSubTemplate(std::string_view text);

}  // namespace ecslint
