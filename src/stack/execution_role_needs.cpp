#include "stack/execution_role_needs.h"

#include "model/image_reference.h"

namespace ecslint {
namespace {

constexpr std::string_view kPartition = "${AWS::Partition}";
constexpr std::string_view kAccount = "${AWS::AccountId}";
constexpr std::string_view kRegion = "${AWS::Region}";

// The last `c` outside `${…}` (pseudo parameters hold "::"), or npos.
std::size_t lastOutsideVariables(std::string_view text, char c) {
  std::size_t found = std::string_view::npos;
  bool inside = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!inside && text.compare(i, 2, "${") == 0)
      inside = true;
    else if (inside && text[i] == '}')
      inside = false;
    else if (!inside && text[i] == c)
      found = i;
  }
  return found;
}

std::string_view partitionOf(std::string_view domain) {
  if (domain == "amazonaws.com") return "aws";
  if (domain == "amazonaws.com.cn") return "aws-cn";
  if (domain == "${AWS::URLSuffix}") return kPartition;
  return {};
}

// A secret's ARN as IAM sees it, from a `valueFrom` or `credentialsParameter` that the template
// decides, with the action that reads it; no actions when the service is not known.
ExecutionRoleNeed secretNeed(const TemplateGraph& graph, NodeId node) {
  ExecutionRoleNeed need{NeedKind::Secret, {}, {}, node, {}, {}};
  if (const TemplateResource* resource = graph.resourceAt(node)) {
    need.resource.resource = resource;
    if (resource->type == "AWS::SecretsManager::Secret") need.actions = {"secretsmanager:GetSecretValue"};
    if (resource->type == "AWS::SSM::Parameter") need.actions = {"ssm:GetParameters"};
    return need;
  }
  const auto text = decidedText(graph, node);
  if (!text || text->empty()) return need;
  need.subject = *text;
  if (!text->starts_with("arn:")) {
    // A parameter's name, in the task's own Region and account.
    std::string name = *text;
    if (name.front() == '/') name.erase(0, 1);
    need.actions = {"ssm:GetParameters"};
    need.resource.arn = std::string("arn:")
                            .append(kPartition)
                            .append(":ssm:")
                            .append(kRegion)
                            .append(":")
                            .append(kAccount)
                            .append(":parameter/")
                            .append(name);
    return need;
  }
  // arn:partition:service:region:account:…
  std::vector<std::string_view> fields;
  std::string_view rest = *text;
  for (std::size_t colon; fields.size() < 7 && (colon = rest.find(':')) != std::string_view::npos;) {
    fields.push_back(rest.substr(0, colon));
    rest.remove_prefix(colon + 1);
  }
  if (fields.size() < 5) return need;
  if (fields[2] == "ssm") {
    need.actions = {"ssm:GetParameters"};
    need.resource.arn = *text;
  } else if (fields[2] == "secretsmanager" && fields.size() >= 6 && fields[5] == "secret") {
    // …:secret:NAME-AbCdEf[:json-key:version-stage:version-id]: the secret is the first seven fields.
    const std::string_view name = rest.substr(0, rest.find(':'));
    const std::size_t end = static_cast<std::size_t>(name.data() - text->data()) + name.size();
    need.actions = {"secretsmanager:GetSecretValue"};
    need.resource.arn = text->substr(0, end);
    // A partial ARN (without the six random characters) names the secret whose ARN goes on.
    const bool suffixed = name.size() > 7 && name[name.size() - 7] == '-';
    if (!suffixed) {
      need.resource.arn += '-';
      need.resource.openEnded = true;
    }
  }
  return need;
}

void addLogsNeed(const TemplateGraph& graph, const Container& container,
                 std::vector<ExecutionRoleNeed>& needs) {
  const LogConfiguration& log = *container.logConfiguration;
  if (!log.logDriver.is("awslogs")) return;
  const LogOption* group = log.option("awslogs-group");
  if (group == nullptr || group->value.node == kNoNode) return;
  ExecutionRoleNeed need{NeedKind::Logs,
                         {"logs:CreateLogStream", "logs:PutLogEvents"},
                         {},
                         group->value.node,
                         container.nameText,
                         {}};
  need.resource.resource = graph.resourceAt(group->value.node, "AWS::Logs::LogGroup");
  const auto name = decidedText(graph, group->value.node);
  if (name) need.subject = *name;
  const LogOption* region = log.option("awslogs-region");
  const auto regionText = region != nullptr ? decidedText(graph, region->value.node) : std::nullopt;
  if (name && regionText) {
    // The stream is PREFIX/CONTAINER/TASK-ID with a prefix, else the task id: open-ended either way.
    need.resource.arn = std::string("arn:")
                            .append(kPartition)
                            .append(":logs:")
                            .append(*regionText)
                            .append(":")
                            .append(kAccount)
                            .append(":log-group:")
                            .append(*name)
                            .append(":log-stream:");
    need.resource.openEnded = true;
    const LogOption* prefix = log.option("awslogs-stream-prefix");
    if (prefix != nullptr) {
      const auto prefixText = decidedText(graph, prefix->value.node);
      if (prefixText && container.name.known())
        need.resource.arn.append(*prefixText).append("/").append(container.name.value).append("/");
      else
        need.resource.arn.clear();  // the stream's name is not known: only `*` surely covers it
    }
  }
  needs.push_back(std::move(need));
}

void addEcrNeed(const TemplateGraph& graph, const Container& container,
                std::vector<ExecutionRoleNeed>& needs) {
  if (container.image.node == kNoNode) return;
  const TemplateValue image = graph.evaluate(container.image.node);
  if (!image.parameterDefaults.empty()) return;  // a deployment may pass another image
  const std::string& text = image.known() ? image.text : image.knownPrefix;
  if (text.empty() || classifyImageRegistry(text) != ImageRegistry::PrivateEcr) return;
  ExecutionRoleNeed token;
  token.kind = NeedKind::EcrPull;
  token.actions = {"ecr:GetAuthorizationToken"};
  token.node = container.image.node;
  token.container = container.nameText;
  if (image.known()) token.subject = text;
  ExecutionRoleNeed pull = token;
  pull.actions = {"ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"};
  if (image.known()) pull.resource.arn = ecrRepositoryArn(text);
  needs.push_back(std::move(token));
  needs.push_back(std::move(pull));
}

}  // namespace

std::string ecrRepositoryArn(std::string_view image) {
  const std::size_t slash = image.find('/');
  if (slash == std::string_view::npos) return {};
  // ACCOUNT.dkr.ecr[-fips].REGION.DOMAIN
  const std::string_view host = image.substr(0, slash);
  std::vector<std::string_view> labels;
  for (std::size_t start = 0; labels.size() < 4;) {
    const std::size_t dot = host.find('.', start);
    if (dot == std::string_view::npos) return {};
    labels.push_back(host.substr(start, dot - start));
    start = dot + 1;
    if (labels.size() == 4) labels.push_back(host.substr(start));
  }
  if (labels[1] != "dkr" || (labels[2] != "ecr" && labels[2] != "ecr-fips")) return {};
  const std::string_view partition = partitionOf(labels[4]);
  if (partition.empty()) return {};
  std::string_view repository = image.substr(slash + 1);
  repository = repository.substr(0, repository.find('@'));
  const std::size_t colon = lastOutsideVariables(repository, ':');
  if (colon != std::string_view::npos && repository.find('/', colon) == std::string_view::npos)
    repository = repository.substr(0, colon);
  if (repository.empty()) return {};
  return std::string("arn:")
      .append(partition)
      .append(":ecr:")
      .append(labels[3])
      .append(":")
      .append(labels[0])
      .append(":repository/")
      .append(repository);
}

std::vector<ExecutionRoleNeed> executionRoleNeeds(const TemplateGraph& graph, const TaskDefinition& task) {
  std::vector<ExecutionRoleNeed> needs;
  // The agent on EC2 pulls and logs with the instance role; elsewhere with the execution role.
  const bool agentUsesRole = task.launchTypes.agentUsesExecutionRole();
  const Document& document = graph.document();
  for (const Container& container : task.containers) {
    if (agentUsesRole) addEcrNeed(graph, container, needs);
    if (agentUsesRole && container.logConfiguration) addLogsNeed(graph, container, needs);
    const auto addSecret = [&](NodeId node) {
      ExecutionRoleNeed need = secretNeed(graph, node);
      need.container = container.nameText;
      if (!need.actions.empty()) needs.push_back(std::move(need));
    };
    for (const NameValue& secret : container.secrets) {
      if (secret.value.node != kNoNode) addSecret(secret.value.node);
    }
    if (container.logConfiguration) {
      for (const NameValue& secret : container.logConfiguration->secretOptions) {
        if (secret.value.node != kNoNode) addSecret(secret.value.node);
      }
    }
    if (container.repositoryCredentialsNode != kNoNode) {
      NodeId parameter = document.member(container.repositoryCredentialsNode, "CredentialsParameter");
      if (parameter == kNoNode)
        parameter = document.member(container.repositoryCredentialsNode, "credentialsParameter");
      if (parameter != kNoNode) addSecret(parameter);
    }
  }
  return needs;
}

}  // namespace ecslint
