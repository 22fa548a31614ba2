#pragma once
// A Terraform plan as a CloudFormation template, so that the stack rules (ECS801-ECS811) run on it
// unchanged: each planned resource of a type they read becomes the CloudFormation resource of the
// same meaning, named by its Terraform address (`module.api.aws_ecs_service.this["blue"]`), with
// exactly the properties the stack readers (src/stack/) look at, respelt into CloudFormation's names
// and shapes. The template is a synthesized Document whose SourceText is the plan's: every span and
// key span is a byte range of the PLAN file, so findings land on the plan's own characters.
//
//   {"Resources": {"<address>": {"Type": "AWS::ECS::Service", "Properties": {...}}, ...}}
//
// What the plan does not decide stays undecided: a value known only after apply is a reference when
// the configuration names exactly the planned instances it comes from, else unknown (never absent,
// never a default), and the rules stay silent (stack_writer.h). `before` and `prior_state` are never
// read. Linear in the plan.

#include <span>
#include <vector>

#include "document/document.h"
#include "support/result.h"
#include "terraform/plan_resources.h"

namespace ecslint {

struct StackTemplate {
  // The synthesized template; document.source() is the plan's SourceText. A finding about a task
  // definition whose values Terraform marks sensitive is redacted by the linter with that task's
  // sensitive values (terraform/sensitive_values.h), as the task's own findings are.
  Document document;
};

// `resources`: readPlanResources' result for `plan`. Both (and the plan's SourceText) must outlive
// the template. An error only when the template would exceed the document limits (ECS014, ECS015).
Result<StackTemplate, DocumentError> buildStackTemplate(const Document& plan,
                                                        std::span<const PlanResource> resources);

}  // namespace ecslint
