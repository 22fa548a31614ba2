#pragma once
// What a task must reach over the network before its containers start: the registries of its
// images, CloudWatch Logs for awslogs, Secrets Manager or SSM Parameter Store for its secrets, S3
// for its environment files. ECS808 compares it with the ways out of the task's subnets.

#include <optional>
#include <string_view>

#include "model/task_definition.h"
#include "stack/network_paths.h"

namespace ecslint {

struct TaskNetworkNeeds {
  // The services a VPC endpoint can serve (a private ECR image: ecr.api, ecr.dkr and s3).
  EndpointServices endpoints = 0;
  // An image from a registry on the internet (Docker Hub, ECR Public, GHCR…): no VPC endpoint
  // serves it, only a NAT gateway or a public IP behind an internet gateway.
  const Container* internetImage = nullptr;
  const Container* ecrImage = nullptr;  // the first private ECR image
};

// The image of a container as far as the template shows it: the value, or the shape of a template
// value whose registry is known (`${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/${Repo}`).
std::string_view imageOf(const Container& container);

// Nothing when an image's registry is not known: what the task needs is then not known either.
std::optional<TaskNetworkNeeds> taskNetworkNeeds(const TaskDefinition& task);

}  // namespace ecslint
