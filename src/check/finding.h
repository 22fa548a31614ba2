#pragma once
// A finding: one problem, at one place, in one file.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/rule_catalogue.h"
#include "fix/fix.h"
#include "message/message.h"
#include "source/source_text.h"

namespace ecslint {

struct RelatedLocation {
  ByteRange range;
  std::string pointer;
  std::string message;
};

// The template resource a finding is in (SARIF's logical location): its logical id and, for
// `cdk synth` output, the construct path CDK records in its Metadata.
struct ResourceLocation {
  std::string type;           // "AWS::ECS::TaskDefinition"; in a Terraform plan, "aws_ecs_task_definition"
  std::string logicalId;      // in a Terraform plan, the resource's address
  std::string constructPath;  // "" when there is none
};

// How a message names the resource: "TaskDefinition 'WebTask' (App/Web/TaskDef)"; in a Terraform
// plan, its address.
std::string describeResource(const ResourceLocation& resource);

struct Finding {
  const RuleInfo* rule = nullptr;
  Severity severity = Severity::Error;
  std::string message;  // rendered in the run's language
  ByteRange range;      // the smallest span that causes it
  std::string pointer;  // RFC 6901 JSON pointer of the value ("" for the root or a parse error)
  std::vector<RelatedLocation> related;
  std::optional<Fix> fix = std::nullopt;  // a safe fix, when the rule knows one (edits on the text linted)
  // In a template: the resource it is about (shared by the findings of one resource); else null.
  std::shared_ptr<const ResourceLocation> resource = nullptr;
  MessageData messageData = {};  // what `message` was rendered from (SARIF message.id and arguments)
  // The source around it holds a value the input marks sensitive (a Terraform plan's
  // after_sensitive, on the same line): reporters quote no source for it (--show-source, SARIF
  // snippets), only its message, which never quotes one.
  bool nearSensitive = false;
};

}  // namespace ecslint
