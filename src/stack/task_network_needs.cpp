#include "stack/task_network_needs.h"

#include "model/image_reference.h"

namespace ecslint {
namespace {

// The service a secret's `valueFrom` is read from: a Secrets Manager ARN, or an SSM parameter (an
// ARN, or a name). 0 when the value is not known (a `!Ref` of a secret, a parameter): that need is
// left out, never guessed.
EndpointServices secretService(const StringField& valueFrom) {
  if (!valueFrom.known()) return 0;
  const std::string_view value = valueFrom.value;
  if (value.find(":secretsmanager:") != std::string_view::npos) return bit(EndpointService::SecretsManager);
  if (value.find(":ssm:") != std::string_view::npos || !value.starts_with("arn:"))
    return bit(EndpointService::Ssm);
  return 0;
}

}  // namespace

std::string_view imageOf(const Container& container) {
  return container.image.known() ? std::string_view(container.image.value) : container.imageShape;
}

std::optional<TaskNetworkNeeds> taskNetworkNeeds(const TaskDefinition& task) {
  TaskNetworkNeeds needs;
  for (const Container& container : task.containers) {
    const std::string_view image = imageOf(container);
    if (image.empty()) return std::nullopt;
    switch (classifyImageRegistry(image)) {
      case ImageRegistry::PrivateEcr:
        needs.endpoints |=
            bit(EndpointService::EcrApi) | bit(EndpointService::EcrDkr) | bit(EndpointService::S3);
        if (needs.ecrImage == nullptr) needs.ecrImage = &container;
        break;
      case ImageRegistry::PublicEcr:
      case ImageRegistry::Other:
        if (needs.internetImage == nullptr) needs.internetImage = &container;
        break;
      case ImageRegistry::Unknown:
        return std::nullopt;
    }
    if (container.logConfiguration && container.logConfiguration->logDriver.is("awslogs"))
      needs.endpoints |= bit(EndpointService::Logs);
    for (const NameValue& secret : container.secrets) needs.endpoints |= secretService(secret.value);
    if (container.repositoryCredentialsNode != kNoNode)
      needs.endpoints |= bit(EndpointService::SecretsManager);
    if (!container.environmentFiles.empty()) needs.endpoints |= bit(EndpointService::S3);
  }
  if (needs.ecrImage == nullptr && needs.internetImage == nullptr) return std::nullopt;
  return needs;
}

}  // namespace ecslint
