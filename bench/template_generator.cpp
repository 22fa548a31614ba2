#include "template_generator.h"

#include <array>
#include <random>
#include <string_view>

namespace ecslint::bench {
namespace {

class TemplateWriter {
 public:
  explicit TemplateWriter(std::uint64_t seed) : random_(seed) {}

  std::string write(std::size_t bytes) {
    out_ = R"(AWSTemplateFormatVersion: "2010-09-09"
Description: >-
  Services of a generated application — each a Fargate or EC2 task definition,
  its execution role and its log group.
Parameters:
  ImageTag:
    Type: String
    Default: latest
  TaskMemory: {Type: Number, Default: 512, AllowedValues: [512, 1024, 2048]}
Resources:
)";
    for (int index = 0; out_.size() < bytes; ++index) service(index);
    out_ += "Outputs:\n  Services:\n    Value: generated\n";
    return std::move(out_);
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }
  bool chance(int percent) { return pick(100) < percent; }

  void line(int indent, std::string_view text) {
    out_.append(static_cast<std::size_t>(indent), ' ');
    out_ += text;
    out_ += '\n';
  }

  void service(int index) {
    static constexpr std::array<std::string_view, 8> kNames = {"web",  "api",   "worker", "queue",
                                                               "cron", "proxy", "auth",   "billing"};
    const std::string name =
        std::string(kNames[static_cast<std::size_t>(index) % kNames.size()]) + std::to_string(index);
    const bool fargate = chance(70);
    line(2, "# " + name + ": task definition, execution role, log group");
    line(2, name + "TaskDefinition:");
    line(4, "Type: AWS::ECS::TaskDefinition");
    line(4, "Metadata:");
    line(6, "aws:cdk:path: App/" + name + "/TaskDefinition/Resource");
    line(4, "Properties:");
    line(6, "Family: " + name);
    line(6, chance(50) ? "Cpu: \"256\"" : "Cpu: 512");
    line(6, "Memory: !Ref TaskMemory");
    line(6, std::string("NetworkMode: ") + (fargate ? "awsvpc" : "bridge"));
    line(6, std::string("RequiresCompatibilities: [") + (fargate ? "FARGATE" : "EC2") + "]");
    line(6, "ExecutionRoleArn: !GetAtt " + name + "ExecutionRole.Arn");
    if (chance(60)) line(6, "TaskRoleArn: !Ref " + name + "TaskRole");
    line(6, "ContainerDefinitions:");
    const int containers = 1 + pick(3);
    for (int c = 0; c < containers; ++c) container(name, c);
    line(2, name + "ExecutionRole:");
    line(4, "Type: AWS::IAM::Role");
    line(4, "Properties:");
    line(6, "AssumeRolePolicyDocument:");
    line(8, "Version: 2012-10-17");
    line(8, "Statement:");
    line(10, "- Effect: Allow");
    line(12, "Principal: {Service: ecs-tasks.amazonaws.com}");
    line(12, "Action: sts:AssumeRole");
    line(6, "ManagedPolicyArns:");
    line(8, "- arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
    line(2, name + "LogGroup:");
    line(4, "Type: AWS::Logs::LogGroup");
    line(4, "Properties: {LogGroupName: /ecs/" + name + ", RetentionInDays: 14}");
  }

  void container(const std::string& service, int index) {
    const std::string name = index == 0 ? service : service + "-sidecar" + std::to_string(index);
    line(8, "- Name: " + name);
    if (chance(50)) {
      line(10, "Image: !Sub \"${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/" + name +
                   ":${ImageTag}\"");
    } else {
      line(10, "Image: public.ecr.aws/nginx/nginx:1.27");
    }
    line(10, std::string("Essential: ") + (index == 0 ? "true" : "false"));
    if (chance(75)) {
      const int port = 8080 + pick(10);
      line(10, "PortMappings:");
      line(12, "- ContainerPort: " + std::to_string(port));
      if (chance(50)) line(14, "HostPort: " + std::to_string(chance(85) ? port : 80));
      line(14, "Protocol: tcp");
    }
    if (chance(70)) {
      static constexpr std::array<std::string_view, 6> kVariables = {"NODE_ENV",  "PORT",       "LOG_LEVEL",
                                                                     "REDIS_URL", "AWS_REGION", "TZ"};
      line(10, "Environment:");
      const int count = 1 + pick(static_cast<int>(kVariables.size()));
      for (int i = 0; i < count; ++i) {
        line(12, "- Name: " + std::string(kVariables[static_cast<std::size_t>(i)]));
        line(14,
             chance(30) ? "Value: !Ref AWS::Region" : "Value: 'value-" + std::to_string(pick(1000)) + "'");
      }
    }
    if (chance(80)) {
      line(10, "LogConfiguration:");
      line(12, "LogDriver: awslogs");
      line(12, "Options:");
      line(14, "awslogs-group: !Ref " + service + "LogGroup");
      line(14, "awslogs-region: !Ref AWS::Region");
      line(14, "awslogs-stream-prefix: " + name);
    }
    if (chance(30)) {
      line(10,
           "HealthCheck: {Command: [CMD-SHELL, \"curl -f http://localhost/health || exit 1\"], "
           "Interval: 30, Retries: 3}");
    }
    if (chance(25)) {
      line(10, "Command:");
      line(12, "- sh");
      line(12, "- -c");
      line(12, "- |");
      line(14, "echo starting " + name);
      line(14, "exec node server.js --port=8080");
    }
  }

  std::mt19937_64 random_;
  std::string out_;
};

}  // namespace

std::string generateLargeTemplate(std::size_t bytes, std::uint64_t seed) {
  return TemplateWriter(seed).write(bytes);
}

}  // namespace ecslint::bench
