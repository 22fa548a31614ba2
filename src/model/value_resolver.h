#pragma once
// How a front end whose values can be expressions (a CloudFormation template's intrinsic
// functions) tells the model what such a value evaluates to. The model stays syntax-neutral: it
// asks, and reads a plain value itself when the answer is "not an expression".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/node_id.h"
#include "model/field.h"

namespace ecslint {

struct ResolvedValue {
  Presence presence = Presence::Unknown;
  std::string text;  // Known: the value as the service would receive it
  // The text keeps pseudo parameters as `${AWS::Region}`: known to be some region, account or
  // domain, not which one. Such a value is unknown to rules, but its shape can still be read
  // (a `${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/app` image is private ECR).
  bool pseudoParameters = false;
  // Unknown: text the value surely starts with, pseudo parameters as above (`!Sub
  // "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/${Repository}"` starts with a registry).
  std::string knownPrefix;
  // Parameters whose `Default` the value relies on: a deployment may pass others.
  std::vector<std::string_view> parameterDefaults;
  // `Ref X` / `Fn::GetAtt X.Attr` naming a resource of the same template: its logical id.
  std::string_view resource;
  // That resource's own name when the template gives it literally (`RoleName`), else its logical
  // id: how a message or a name-based check (ECS206) can speak of it.
  std::string_view resourceName;
};

class ValueResolver {
 public:
  virtual ~ValueResolver() = default;
  // Whether the value at `node` is an expression (cheap: no evaluation).
  virtual bool isExpression(NodeId node) const = 0;
  // The node that stands for `node` when the front end has chosen among alternatives (a template's
  // `Fn::If` under a chosen outcome of its condition: the chosen branch); else `node` itself.
  virtual NodeId select(NodeId node) const { return node; }
  // What the value at `node` evaluates to when it is an expression; nullopt for a plain value.
  virtual std::optional<ResolvedValue> resolve(NodeId node) const = 0;
};

}  // namespace ecslint
