#pragma once
// What a task definition asks of its execution role, as IAM requests: the ECS agent pulls private
// ECR images and writes awslogs with it (on Fargate, ECS Anywhere and Managed Instances), and reads
// `secrets`, log `secretOptions` and `repositoryCredentials` with it (on any launch type).
// kms:Decrypt for secrets under a customer key is not asked: the key's policy may grant it alone.
//
// A need is listed only when the template decides it: an image whose registry is not known, a
// secret whose service is not known, is no need (the rule then says nothing about it).

#include <string>
#include <string_view>
#include <vector>

#include "model/task_definition.h"
#include "stack/iam_policy.h"

namespace ecslint {

enum class NeedKind : std::uint8_t { EcrPull, Logs, Secret };

struct ExecutionRoleNeed {
  NeedKind kind = NeedKind::EcrPull;
  std::vector<std::string_view> actions;  // each on `resource` (GetAuthorizationToken: on "*")
  RequestResource resource;
  NodeId node = kNoNode;       // the value that asks for it: the image, the log group, the secret
  std::string_view container;  // the container's name as written ("" when unknown)
  std::string subject;         // the image, log group or secret's known text; "" when not known
};

std::vector<ExecutionRoleNeed> executionRoleNeeds(const TemplateGraph& graph, const TaskDefinition& task);

// The repository ARN of a private ECR image (`arn:${AWS::Partition}:ecr:…:repository/NAME` when
// the registry's domain is `${AWS::URLSuffix}`), or "" when the image is not one.
std::string ecrRepositoryArn(std::string_view image);

}  // namespace ecslint
