#pragma once
// Who may reach a port through a security group of the template (ECS809): the group's ingress
// rules, inline (`SecurityGroupIngress`) and as `AWS::EC2::SecurityGroupIngress` resources whose
// `GroupId` names it (CDK writes the load balancer's rule that way), and the security groups of the
// load balancers that forward to a target group.
//
// Precision over recall: every answer that the template alone does not decide is the one that lets
// traffic in, so a rule built on these stays silent rather than wrong.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "stack/template_graph.h"

namespace ecslint {

// The security groups traffic from a target group's load balancers comes from.
struct LoadBalancerSources {
  enum class State : std::uint8_t {
    Known,      // every load balancer is an ALB of the template with its groups written out
    NotFound,   // some load balancer or group is not in the template: any group may be its
    Undecided,  // a Network or Gateway Load Balancer, or a type the template does not decide
  };
  State state = State::NotFound;
  std::vector<const TemplateResource*> loadBalancers;
  std::vector<const TemplateResource*> groups;  // Known: the load balancers' security groups
};

// Through the listeners (`DefaultActions`) and listener rules (`Actions`) that forward to it.
LoadBalancerSources loadBalancerSourcesFor(const TemplateGraph& graph, const TemplateResource& targetGroup);

// The ingress rules of a security group (each a mapping of IpProtocol, ports and source), in the
// template's order; nothing when they cannot all be known (an inline list that is not written out,
// an ingress resource that names the group by `GroupName`
// or anywhere but its `GroupId`, `SourceSecurityGroupId` and `Description`).
std::optional<std::vector<NodeId>> ingressRulesOf(const TemplateGraph& graph, const TemplateResource& group);

// Whether an ingress rule may let traffic from `sources` reach TCP `port`: false only when its
// protocol, ports or source are known and rule it out.
bool mayAdmit(const TemplateGraph& graph, NodeId rule, std::int64_t port, const LoadBalancerSources& sources);

// The resources the template's `Outputs` name: another stack (or a parent stack) may add ingress
// rules to a security group it receives that way.
std::unordered_set<const TemplateResource*> resourcesNamedByOutputs(const TemplateGraph& graph);

}  // namespace ecslint
