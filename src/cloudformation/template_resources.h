#pragma once
// A CloudFormation template's outline: whether a document is a template at all, and its resources
// and parameters by logical id, each with the nodes the linter reads (`Type`, `Properties`,
// `Metadata`, the CDK construct path). Works for JSON and YAML alike: it sees only the Document.

#include <cstdint>
#include <string_view>
#include <vector>

#include "document/document.h"

namespace ecslint {

// A template has `AWSTemplateFormatVersion`, or a `Resources` mapping whose entries have a `Type`
// of `AWS::…` (SAM's `AWS::Serverless::…` and custom `Custom::…` resources may sit beside them).
bool isCloudFormationTemplate(const Document& document);

struct TemplateResource {
  std::string_view logicalId;
  std::string_view type;           // "" when Type is missing or not a string
  NodeId node = kNoNode;           // the resource's mapping
  NodeId properties = kNoNode;     // `Properties`, when it is a mapping
  NodeId condition = kNoNode;      // `Condition`
  std::string_view constructPath;  // `Metadata."aws:cdk:path"` (cdk synth), else ""
};

struct TemplateParameter {
  std::string_view name;
  std::string_view type;  // `Type`: String, Number, List<Number>, AWS::SSM::Parameter::Value<…>…
  NodeId node = kNoNode;
  NodeId defaultValue = kNoNode;
};

class TemplateOutline {
 public:
  explicit TemplateOutline(const Document& document);

  const std::vector<TemplateResource>& resources() const { return resources_; }
  const std::vector<TemplateParameter>& parameters() const { return parameters_; }
  const TemplateResource* resource(std::string_view logicalId) const;
  const TemplateParameter* parameter(std::string_view name) const;

 private:
  std::vector<TemplateResource> resources_;
  std::vector<TemplateParameter> parameters_;
  // Indexes into the two lists sorted by name (stable, so the last of a repeated name is last):
  // the stack rules look resources up by logical id many times per template.
  std::vector<std::uint32_t> resourcesById_;
  std::vector<std::uint32_t> parametersByName_;
};

}  // namespace ecslint
