#pragma once
// IAM as a template writes it: the identity policies that reach a role (inline `Policies`,
// `ManagedPolicyArns`, `AWS::IAM::Policy` / `ManagedPolicy` / `RolePolicy` resources that name the
// role) and its trust policy, evaluated the way IAM does for one action on one resource.
//
// Precision over recall: every answer is Yes, No or Unknown, and No only when every statement that
// could matter was read whole. An intrinsic the template alone does not decide (in an Action, a
// Resource, a `Roles` list), a policy document from elsewhere, a managed policy other than
// AmazonECSTaskExecutionRolePolicy, a `Condition` on a statement that would grant, a `Deny` that may
// apply, a policy resource with a `Condition`: Unknown, and the rules stay silent.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stack/template_graph.h"

namespace ecslint {

enum class Verdict : std::uint8_t { Yes, No, Unknown };

// Whether an IAM pattern (`*` any run of characters, `?` one character) matches `text` whole.
// Actions match case-insensitively, ARNs case-sensitively.
bool iamPatternMatches(std::string_view pattern, std::string_view text, bool ignoreCase);

// What a request acts on. `arn` may hold pseudo parameters written `${AWS::Region}`; with
// `openEnded`, the real ARN is `arn` followed by text not known (a log stream's task id, a secret's
// random suffix). Empty `arn` and no resource: only a Resource of `*` surely covers it.
struct RequestResource {
  std::string arn;
  bool openEnded = false;
  const TemplateResource* resource = nullptr;  // the template resource the request names, if any
};

// One Resource (or NotResource) entry of a statement.
struct ResourcePattern {
  std::optional<std::string> text;             // known text (with `${AWS::…}` pseudo parameters)
  const TemplateResource* resource = nullptr;  // a whole Ref / GetAtt / Sub of a template resource
};

struct PolicyStatement {
  bool allow = true;
  bool conditional = false;  // has a Condition block
  bool notAction = false;
  std::vector<std::string> actions;
  bool notResource = false;
  std::vector<ResourcePattern> resources;
};

// The identity policy statements that reach one role.
struct RolePolicies {
  // IAM's quotas bound what reaches a role: inline policies 10,240 characters in all, and at most
  // 20 managed policies of 6,144 characters each; a statement takes at least 40 characters
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
  static constexpr std::size_t kMaxStatements = (10'240 + 20 * 6'144) / 40;

  bool complete = true;    // every statement that may reach the role was read
  bool anyPolicy = false;  // the role has some policy, however written (read or not)
  bool anyDeny = false;    // some statement is a Deny
  std::vector<PolicyStatement> statements;

  // Whether the statements allow `action` on `resource`.
  Verdict allows(std::string_view action, const RequestResource& resource) const;
};

// The template's policy resources by the role they attach to, read once per template.
class PolicyAttachments {
 public:
  explicit PolicyAttachments(const TemplateGraph& graph);

  // Every identity policy of `role` (an AWS::IAM::Role resource).
  RolePolicies policiesOf(const TemplateResource& role) const;

 private:
  struct Attachment {
    const TemplateResource* policy = nullptr;
    NodeId document = kNoNode;  // its PolicyDocument
  };
  void attach(const TemplateResource& policy, NodeId document, NodeId roleItem);

  const TemplateGraph& graph_;
  std::unordered_map<const TemplateResource*, std::vector<Attachment>> byRole_;
  std::unordered_map<std::string, std::vector<Attachment>> byName_;  // a literal role name
  bool unknownRoles_ = false;  // some policy names roles the template alone does not decide
};

// Reads a policy document's statements into `into`; false when some part is not read (unknown).
bool readPolicyDocument(const TemplateGraph& graph, NodeId document, std::vector<PolicyStatement>& into);

// Whether `arn` (known text) names the AWS managed policy AmazonECSTaskExecutionRolePolicy, in any
// partition (`aws`, `aws-cn`, `aws-us-gov`, `${AWS::Partition}`).
bool isManagedExecutionPolicy(std::string_view arn);

// Whether the role's trust policy (`AssumeRolePolicyDocument`) lets the service principal whose
// name starts `servicePrefix` (`ecs-tasks.`) call sts:AssumeRole.
Verdict trustAllowsService(const TemplateGraph& graph, const TemplateResource& role,
                           std::string_view servicePrefix);

}  // namespace ecslint
