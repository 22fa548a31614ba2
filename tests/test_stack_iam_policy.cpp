// IAM as a template writes it (src/stack/iam_policy.h, execution_role_needs.h): pattern matching as
// IAM does it, the policies that reach a role, trust policies, and what a task asks of its
// execution role. Every unknown piece answers Unknown, never No.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "cloudformation/template_resources.h"
#include "cloudformation/template_value.h"
#include "stack/execution_role_needs.h"
#include "stack/iam_policy.h"
#include "stack/template_graph.h"
#include "template_under_test.h"
#include "test_support.h"
#include "yaml/yaml_loader.h"

namespace ecslint {
namespace {

class IamTemplate : public TemplateUnderTest {
 public:
  explicit IamTemplate(std::string text) : TemplateUnderTest(std::move(text)) {}
  RolePolicies policies(std::string_view role) const {
    return PolicyAttachments(graph()).policiesOf(resource(role));
  }
};

RequestResource arn(std::string text, bool openEnded = false) {
  return RequestResource{std::move(text), openEnded, nullptr};
}

const char* kRoleHeader = R"(Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - {Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: sts:AssumeRole}
)";

}  // namespace

TEST_CASE("iam policy: actions match as IAM globs, without regard to case") {
  CHECK(iamPatternMatches("ecr:*", "ecr:BatchGetImage", true));
  CHECK(iamPatternMatches("*", "logs:PutLogEvents", true));
  CHECK(iamPatternMatches("logs:Create*", "logs:createlogstream", true));
  CHECK(iamPatternMatches("ssm:GetParameter?", "ssm:GetParameters", true));
  CHECK_FALSE(iamPatternMatches("ssm:GetParameter", "ssm:GetParameters", true));
  CHECK_FALSE(iamPatternMatches("logs:Create*", "logs:PutLogEvents", true));
  CHECK_FALSE(iamPatternMatches("arn:aws:S3:::b", "arn:aws:s3:::b", false));
  CHECK(iamPatternMatches("a*b*c", "aXXbYYbc", false));
}

TEST_CASE("iam policy: the managed execution policy in every partition form") {
  CHECK(isManagedExecutionPolicy("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"));
  CHECK(isManagedExecutionPolicy("arn:aws-cn:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"));
  CHECK(isManagedExecutionPolicy(
      "arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"));
  CHECK_FALSE(isManagedExecutionPolicy("arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy"));
  CHECK_FALSE(isManagedExecutionPolicy(
      "arn:aws:iam::123456789012:policy/service-role/AmazonECSTaskExecutionRolePolicy"));
  IamTemplate stack(std::string(kRoleHeader) + R"(      ManagedPolicyArns:
        - !Join ["", ["arn:", !Ref "AWS::Partition", ":iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"]]
)");
  const RolePolicies policies = stack.policies("Role");
  CHECK(policies.complete);
  CHECK(policies.allows("ecr:GetAuthorizationToken", {}) == Verdict::Yes);
  CHECK(policies.allows("logs:PutLogEvents", arn("arn:aws:logs:x")) == Verdict::Yes);
  CHECK(policies.allows("secretsmanager:GetSecretValue", arn("arn:aws:secretsmanager:x")) == Verdict::No);
}

TEST_CASE("iam policy: resources match as ARNs, pseudo parameters make a mismatch unknown") {
  IamTemplate stack(std::string(kRoleHeader) + R"(      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              Effect: Allow
              Action: [secretsmanager:GetSecretValue]
              Resource:
                - arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-*
                - !Sub "arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:api-??????"
)");
  const RolePolicies policies = stack.policies("Role");
  REQUIRE(policies.complete);
  const std::string_view get = "secretsmanager:GetSecretValue";
  CHECK(policies.allows(get, arn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf")) ==
        Verdict::Yes);
  CHECK(policies.allows(
            get,
            arn("arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:api-AbCdEf")) ==
        Verdict::Yes);
  // The pseudo parameters may be these values: not decided.
  CHECK(policies.allows(get, arn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:api-AbCdEf")) ==
        Verdict::Unknown);
  CHECK(policies.allows(get, arn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:other-AbCdEf")) ==
        Verdict::Unknown);  // the second pattern holds pseudo parameters
  // Open-ended: `db-` then the random suffix is covered by `db-*`; `web-` may or may not be.
  CHECK(policies.allows(get, arn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-", true)) ==
        Verdict::Yes);
  // Only `*` covers what has no known ARN.
  CHECK(policies.allows(get, {}) == Verdict::Unknown);
}

TEST_CASE("iam policy: a plain ARN mismatch is No, NotAction and NotResource invert") {
  IamTemplate stack(std::string(kRoleHeader) + R"(      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ssm:GetParameters
                Resource: arn:aws:ssm:eu-west-1:123456789012:parameter/app/*
              - Effect: Allow
                NotAction: [ecr:*, ssm:*]
                NotResource: arn:aws:logs:*:*:log-group:private:*
)");
  const RolePolicies policies = stack.policies("Role");
  CHECK(policies.allows("ssm:GetParameters", arn("arn:aws:ssm:eu-west-1:123456789012:parameter/app/db")) ==
        Verdict::Yes);
  CHECK(policies.allows("ssm:GetParameters", arn("arn:aws:ssm:eu-west-1:123456789012:parameter/other")) ==
        Verdict::No);
  CHECK(policies.allows("ecr:BatchGetImage", arn("arn:aws:ecr:eu-west-1:123456789012:repository/app")) ==
        Verdict::No);
  // The stream's unknown rest could hold ":log-group:private:" after the first `*`: not decided.
  CHECK(policies.allows("logs:PutLogEvents",
                        arn("arn:aws:logs:eu-west-1:1:log-group:app:log-stream:", true)) == Verdict::Unknown);
  CHECK(policies.allows("logs:PutLogEvents", arn("arn:aws:logs:eu-west-1:1:log-group:app:log-stream:x")) ==
        Verdict::Yes);
  CHECK(policies.allows("logs:PutLogEvents",
                        arn("arn:aws:logs:eu-west-1:1:log-group:private:log-stream:", true)) == Verdict::No);
}

TEST_CASE("iam policy: Deny, Condition and unknown pieces are never No") {
  SUBCASE("a Deny that may apply") {
    IamTemplate stack(
        std::string(kRoleHeader) +
        R"(      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy]
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement: [{Effect: Deny, Action: "ecr:*", Resource: "*"}]
)");
    CHECK(stack.policies("Role").allows("ecr:BatchGetImage", {}) == Verdict::Unknown);
    CHECK(stack.policies("Role").allows("logs:PutLogEvents", {}) == Verdict::Yes);
  }
  SUBCASE("a Condition on the granting statement") {
    IamTemplate stack(std::string(kRoleHeader) + R"(      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement: [{Effect: Allow, Action: "ecr:*", Resource: "*", Condition: {Bool: {"aws:SecureTransport": true}}}]
)");
    CHECK(stack.policies("Role").allows("ecr:BatchGetImage", {}) == Verdict::Unknown);
    CHECK(stack.policies("Role").allows("logs:PutLogEvents", {}) == Verdict::No);
  }
  SUBCASE("an action or a document the template does not decide") {
    for (const char* document :
         {"!Ref PolicyParameter", "{Statement: [{Effect: Allow, Action: !Ref A, Resource: '*'}]}",
          "{Statement: !If [C, [], []]}", "{Statement: [{Effect: !Ref E, Action: '*', Resource: '*'}]}",
          "{Statement: [{Effect: Allow, Action: '*'}]}", "[1, 2, 3]", "42"}) {
      INFO(document);
      IamTemplate stack(std::string(kRoleHeader) +
                        "      Policies:\n        - PolicyName: p\n          PolicyDocument: " + document +
                        "\n");
      CHECK_FALSE(stack.policies("Role").complete);
      CHECK(stack.policies("Role").allows("ecr:BatchGetImage", {}) == Verdict::Unknown);
    }
  }
  SUBCASE("another managed policy, a policy with a Condition, Roles from a parameter") {
    for (const char* extra : {
             "      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]\n",
             "      ManagedPolicyArns: !Ref Arns\n",
             "  P:\n    Type: AWS::IAM::Policy\n    Condition: C\n    Properties:\n      Roles: [!Ref Role]\n"
             "      PolicyDocument: {Statement: [{Effect: Allow, Action: '*', Resource: '*'}]}\n",
             "  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      Roles: !Ref RolesParameter\n"
             "      PolicyDocument: {Statement: [{Effect: Allow, Action: '*', Resource: '*'}]}\n",
         }) {
      INFO(extra);
      IamTemplate stack(std::string(kRoleHeader) + extra);
      CHECK(stack.policies("Role").allows("ecr:BatchGetImage", {}) == Verdict::Unknown);
    }
  }
}

TEST_CASE("iam policy: policy resources reach the role by Ref, by name, and not otherwise") {
  IamTemplate stack(std::string(kRoleHeader) + R"(      RoleName: exec
  Other:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: []}
  ByRef:
    Type: AWS::IAM::Policy
    Properties:
      Roles: [!Ref Role]
      PolicyDocument: {Statement: [{Effect: Allow, Action: "ecr:*", Resource: "*"}]}
  ByName:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Roles: [exec]
      PolicyDocument: {Statement: {Effect: Allow, Action: "logs:*", Resource: "*"}}
  ForOther:
    Type: AWS::IAM::Policy
    Properties:
      Roles: [!Ref Other]
      PolicyDocument: {Statement: [{Effect: Allow, Action: "ssm:*", Resource: "*"}]}
)");
  const RolePolicies policies = stack.policies("Role");
  CHECK(policies.anyPolicy);
  CHECK(policies.allows("ecr:GetAuthorizationToken", {}) == Verdict::Yes);
  CHECK(policies.allows("logs:CreateLogStream", {}) == Verdict::Yes);
  CHECK(policies.allows("ssm:GetParameters", arn("arn:aws:ssm:r:1:parameter/x")) == Verdict::No);
  CHECK(stack.policies("Other").allows("ssm:GetParameters", arn("arn:aws:ssm:r:1:parameter/x")) ==
        Verdict::Yes);
  CHECK_FALSE(stack.policies("Other").allows("ecr:GetAuthorizationToken", {}) == Verdict::Yes);
}

TEST_CASE("iam policy: trust policies admit ecs-tasks in any written form") {
  const auto trust = [](const std::string& statement) {
    IamTemplate stack(
        "Parameters:\n  S:\n    Type: String\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    "
        "Properties:\n"
        "      AssumeRolePolicyDocument:\n        Statement: " +
        statement + "\n");
    return trustAllowsService(stack.graph(), stack.resource("Role"), "ecs-tasks.");
  };
  CHECK(trust("[{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: sts:AssumeRole}]") ==
        Verdict::Yes);
  CHECK(
      trust("{Effect: Allow, Principal: {Service: [ec2.amazonaws.com, !Sub 'ecs-tasks.${AWS::URLSuffix}']}, "
            "Action: ['sts:*']}") == Verdict::Yes);
  CHECK(trust("[{Effect: Allow, Principal: '*', Action: '*'}]") == Verdict::Yes);
  CHECK(trust("[{Effect: Allow, Principal: {AWS: '*'}, Action: sts:AssumeRole}]") == Verdict::Yes);
  CHECK(trust("[{Effect: Allow, Principal: {Service: ecs.amazonaws.com}, Action: sts:AssumeRole}]") ==
        Verdict::No);
  CHECK(trust("[{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: sts:TagSession}]") ==
        Verdict::No);
  CHECK(trust("[{Effect: Allow, Principal: {AWS: arn:aws:iam::1:root}, Action: sts:AssumeRole}]") ==
        Verdict::No);
  CHECK(trust("[]") == Verdict::No);
  // Undecided: a parameter, a Condition, a Deny, NotPrincipal, not a document.
  CHECK(trust("[{Effect: Allow, Principal: {Service: !Ref S}, Action: sts:AssumeRole}]") == Verdict::Unknown);
  CHECK(trust("[{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: sts:AssumeRole, "
              "Condition: {StringEquals: {'aws:SourceAccount': '1'}}}]") == Verdict::Unknown);
  CHECK(trust("[{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: sts:AssumeRole}, "
              "{Effect: Deny, Principal: '*', Action: '*'}]") == Verdict::Unknown);
  CHECK(trust("[{Effect: Allow, NotPrincipal: {Service: x}, Action: sts:AssumeRole}]") == Verdict::Unknown);
  CHECK(trust("!Ref S") == Verdict::Unknown);
  CHECK(trust("[1, [2], {Effect: [3]}]") == Verdict::Unknown);
}

TEST_CASE("execution role needs: ECR repository ARNs from image references") {
  CHECK(ecrRepositoryArn("123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:1.2") ==
        "arn:aws:ecr:eu-west-1:123456789012:repository/team/app");
  CHECK(ecrRepositoryArn("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app@sha256:abc") ==
        "arn:aws-cn:ecr:cn-north-1:123456789012:repository/app");
  CHECK(
      ecrRepositoryArn("${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/assets-${AWS::Region}") ==
      "arn:${AWS::Partition}:ecr:${AWS::Region}:${AWS::AccountId}:repository/assets-${AWS::Region}");
  CHECK(ecrRepositoryArn("localhost:5000/app") == "");
  CHECK(ecrRepositoryArn("nginx") == "");
  CHECK(ecrRepositoryArn("a.b.c") == "");
}

TEST_CASE("ECS801: the managed policy fix is offered in JSON only when the role has no policy at all") {
  const std::string role =
      R"({"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Statement": [
      {"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}ROLE_EXTRA}})";
  const std::string task =
      R"({"Type": "AWS::ECS::TaskDefinition", "Properties": {"RequiresCompatibilities": ["FARGATE"],
      "NetworkMode": "awsvpc", "Cpu": "256", "Memory": "512", "ExecutionRoleArn": {"Fn::GetAtt": ["Role", "Arn"]},
      "ContainerDefinitions": [{"Name": "a", "Image": "1.dkr.ecr.eu-west-1.amazonaws.com/x:1"SECRETS}]}})";
  const auto ecs801 = [&](std::string roleExtra, std::string secrets,
                          std::string name) -> std::optional<bool> {
    std::string text = "{\"Resources\": {\"Role\": " + role + ", \"Task\": " + task + "}}";
    text.replace(text.find("ROLE_EXTRA"), 10, roleExtra);
    text.replace(text.find("SECRETS"), 7, secrets);
    for (const Finding& finding : test::lintText(text, {}, name).findings) {
      if (finding.rule->id == std::string_view("ECS801")) return finding.fix.has_value();
    }
    return std::nullopt;
  };
  CHECK(ecs801("", "", "t.json") == std::optional<bool>(true));
  // The YAML editor does not add members: the finding comes without a fix.
  CHECK(ecs801("", "", "t.yaml") == std::optional<bool>(false));
  // A policy the role has (an empty one) is kept as it is: no fix, the finding stays.
  CHECK(ecs801(R"(, "Policies": [])", "", "t.json") == std::optional<bool>(false));
  // The managed policy does not grant secrets: no fix.
  CHECK(ecs801("", R"(, "Secrets": [{"Name": "S", "ValueFrom": "arn:aws:ssm:r:1:parameter/x"}])", "t.json") ==
        std::optional<bool>(false));
}

TEST_CASE("iam policy: hostile templates draw no ECS801 or ECS802 and do not crash") {
  for (const char* role :
       {"Properties: [1, 2]", "Properties: {Policies: text, ManagedPolicyArns: 7}",
        "Properties: {AssumeRolePolicyDocument: 3, Policies: [{PolicyDocument: [1, 2]}, 4]}",
        "Properties: {AssumeRolePolicyDocument: {Statement: [{Principal: {Service: [[1]]}}]}}",
        "Properties: {AssumeRolePolicyDocument: {Statement: {Effect: Allow, Action: [{}], "
        "Principal: []}}, ManagedPolicyArns: [[], {}, null]}"}) {
    INFO(role);
    const std::string text =
        std::string("Resources:\n  Role:\n    Type: AWS::IAM::Role\n    ") + role +
        "\n  P:\n    Type: AWS::IAM::Policy\n    Properties: {Roles: [[!Ref Role]], "
        "PolicyDocument: {Statement: 5}}\n"
        "  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n"
        "      RequiresCompatibilities: [FARGATE]\n      ExecutionRoleArn: !GetAtt Role.Arn\n"
        "      TaskRoleArn: !Ref Role\n      ContainerDefinitions:\n"
        "        - {Name: a, Image: 1.dkr.ecr.r.amazonaws.com/x, Secrets: [{ValueFrom: [1]}, 3],"
        " RepositoryCredentials: {CredentialsParameter: {}}, LogConfiguration: {LogDriver: awslogs,"
        " Options: {awslogs-group: [1], awslogs-region: {}}}}\n";
    const FileReport report = test::lintText(text, {}, "t.yaml");
    for (const Finding& finding : report.findings) {
      CHECK(finding.rule->id != std::string_view("ECS801"));
      CHECK(finding.rule->id != std::string_view("ECS802"));
    }
  }
}

}  // namespace ecslint
