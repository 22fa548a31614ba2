// The ingress reader of ECS809 (src/stack/security_group_ingress.h): a security group's rules, the
// load balancer's groups, and what a rule may admit; unknown always admits.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "cloudformation/template_resources.h"
#include "cloudformation/template_value.h"
#include "stack/security_group_ingress.h"
#include "stack/template_graph.h"
#include "template_under_test.h"
#include "test_support.h"
#include "yaml/yaml_loader.h"

namespace ecslint {
namespace {

class IngressStack : public TemplateUnderTest {
 public:
  explicit IngressStack(std::string text) : TemplateUnderTest(std::move(text)) {}
  // Whether any rule of `group` may admit the port from the target group's load balancers.
  bool admits(std::string_view group, std::int64_t port, std::string_view targetGroup = "TargetGroup") const {
    const auto rules = ingressRulesOf(graph(), resource(group));
    REQUIRE(rules.has_value());
    const LoadBalancerSources sources = loadBalancerSourcesFor(graph(), resource(targetGroup));
    for (const NodeId rule : *rules) {
      if (mayAdmit(graph(), rule, port, sources)) return true;
    }
    return false;
  }
};

constexpr const char* kLoadBalancer = R"(Resources:
  LbGroup:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: lb}
  Other:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: other}
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      SecurityGroups: [!GetAtt LbGroup.GroupId]
  TargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: {Port: 80}
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      DefaultActions: [{Type: forward, TargetGroupArn: !Ref TargetGroup}]
)";

}  // namespace

TEST_CASE("stack ingress: inline rules and ingress resources that name the group by GroupId") {
  const IngressStack stack(std::string(kLoadBalancer) + R"(  Service:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: service
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 80, ToPort: 80, SourceSecurityGroupId: !Ref LbGroup}
  Separate:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !GetAtt Service.GroupId, IpProtocol: tcp, FromPort: 9000, ToPort: 9100,
                 SourceSecurityGroupId: !GetAtt LbGroup.GroupId}
  FromService:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !Ref Other, IpProtocol: tcp, FromPort: 8080, ToPort: 8080,
                 SourceSecurityGroupId: !Ref Service}
)");
  const auto rules = ingressRulesOf(stack.graph(), stack.resource("Service"));
  REQUIRE(rules.has_value());
  CHECK(rules->size() == 2);  // the inline one and Separate; FromService only names it as source
  CHECK(stack.admits("Service", 80));
  CHECK(stack.admits("Service", 9050));
  CHECK_FALSE(stack.admits("Service", 8080));
  CHECK_FALSE(stack.admits("Other", 8080));  // its source is Service, not the load balancer's group
}

TEST_CASE("stack ingress: the load balancer's groups, through listeners and listener rules") {
  const IngressStack stack(std::string(kLoadBalancer) + R"(  RuleTarget:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: {Port: 80}
  Rule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Listener
      Actions: [{Type: forward, TargetGroupArn: !Ref RuleTarget}]
  Lonely:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
  Nlb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: {Type: network}
  NlbTarget:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
  NlbListener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Nlb
      DefaultActions: [{Type: forward, TargetGroupArn: !Ref NlbTarget}]
)");
  using State = LoadBalancerSources::State;
  const auto direct = loadBalancerSourcesFor(stack.graph(), stack.resource("TargetGroup"));
  CHECK(direct.state == State::Known);
  REQUIRE(direct.groups.size() == 1);
  CHECK(direct.groups.front()->logicalId == "LbGroup");
  const auto viaRule = loadBalancerSourcesFor(stack.graph(), stack.resource("RuleTarget"));
  CHECK(viaRule.state == State::Known);
  CHECK(viaRule.groups.size() == 1);
  CHECK(loadBalancerSourcesFor(stack.graph(), stack.resource("Lonely")).state == State::NotFound);
  CHECK(loadBalancerSourcesFor(stack.graph(), stack.resource("NlbTarget")).state == State::Undecided);
}

TEST_CASE("stack ingress: a rule admits unless its protocol, ports or source rule the port out") {
  const IngressStack stack(std::string(kLoadBalancer) + R"(  Service:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: service
      SecurityGroupIngress:
        - {IpProtocol: udp, FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: !Ref LbGroup}
        - {IpProtocol: tcp, FromPort: 8000, ToPort: 8079, SourceSecurityGroupId: !Ref LbGroup}
        - {IpProtocol: tcp, FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: !Ref Other}
  AllProtocols:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress: [{IpProtocol: "-1", SourceSecurityGroupId: !Ref LbGroup}]
  NumberSix:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress: [{IpProtocol: 6, FromPort: "8080", ToPort: "8080", SourceSecurityGroupId: !Ref LbGroup}]
  Cidr:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 8080, ToPort: 8080, CidrIp: 10.1.0.0/16}]
  Unknown:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress:
        - {IpProtocol: !Ref Protocol, FromPort: 1, ToPort: 2, SourceSecurityGroupId: !Ref Other}
        - {IpProtocol: tcp, FromPort: !Ref Port, ToPort: 2, SourceSecurityGroupId: !Ref LbGroup}
        - {IpProtocol: tcp, FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: !ImportValue shared}
)");
  CHECK_FALSE(stack.admits("Service", 8080));
  CHECK(stack.admits("AllProtocols", 8080));
  CHECK(stack.admits("NumberSix", 8080));
  CHECK(stack.admits("Cidr", 8080));
  CHECK(stack.admits("Unknown", 8080));
}

TEST_CASE("stack ingress: a port from a parameter's default is not decided: a deployment may pass another") {
  const IngressStack stack(std::string("Parameters:\n  AppPort: {Type: Number, Default: 80}\n") +
                           kLoadBalancer +
                           R"(  Service:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: !Ref AppPort, ToPort: !Ref AppPort, SourceSecurityGroupId: !Ref LbGroup}
)");
  CHECK(stack.admits("Service", 8080));
  CHECK_FALSE(decidedInteger(stack.graph(), stack.graph().document().find("/Parameters/AppPort/Default")) ==
              std::nullopt);
}

TEST_CASE("stack ingress: rules that are not written out are unknown, never none") {
  const IngressStack stack(R"(Resources:
  Listed:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress: !If [Open, [{IpProtocol: "-1", CidrIp: 0.0.0.0/0}], []]
  ByName:
    Type: AWS::EC2::SecurityGroup
  NamedRule:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupName: !Ref ByName, IpProtocol: tcp, FromPort: 1, ToPort: 1, CidrIp: 0.0.0.0/0}
  Joined:
    Type: AWS::EC2::SecurityGroup
  JoinedRule:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !Join ["", [!GetAtt Joined.GroupId]], IpProtocol: tcp, FromPort: 1, ToPort: 1}
  Tagged:
    Type: AWS::EC2::SecurityGroup
  TaggedRule:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !ImportValue other, Tags: [{Key: k, Value: !Ref Tagged}], IpProtocol: tcp}
)");
  const auto joined = ingressRulesOf(stack.graph(), stack.resource("Joined"));
  REQUIRE(joined.has_value());
  CHECK(joined->size() == 1);
  CHECK_FALSE(ingressRulesOf(stack.graph(), stack.resource("Tagged")).has_value());
  CHECK_FALSE(ingressRulesOf(stack.graph(), stack.resource("Listed")).has_value());
  CHECK_FALSE(ingressRulesOf(stack.graph(), stack.resource("ByName")).has_value());
}

TEST_CASE("stack ingress: hostile shapes never crash and admit") {
  const IngressStack stack(R"(Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: {SecurityGroups: "sg-1", Type: [application]}
  TargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: [1, 2]
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties: {LoadBalancerArn: !Ref Lb, DefaultActions: [{TargetGroupArn: !Ref TargetGroup}]}
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress: [42, [tcp], {IpProtocol: {a: b}}, {IpProtocol: tcp, FromPort: [1], ToPort: x}]
Outputs: [!Ref Group, {Value: !Sub "${Group.GroupId}-${Lb}"}]
)");
  const auto rules = ingressRulesOf(stack.graph(), stack.resource("Group"));
  REQUIRE(rules.has_value());
  CHECK(rules->size() == 4);
  CHECK(stack.admits("Group", 80));
  const auto named = resourcesNamedByOutputs(stack.graph());
  CHECK(named.contains(&stack.resource("Group")));
  CHECK(named.contains(&stack.resource("Lb")));
}

}  // namespace ecslint
