#include "stack/security_group_ingress.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "cloudformation/intrinsic.h"

namespace ecslint {
namespace {

constexpr std::string_view kListener = "AWS::ElasticLoadBalancingV2::Listener";
constexpr std::string_view kListenerRule = "AWS::ElasticLoadBalancingV2::ListenerRule";
constexpr std::string_view kLoadBalancer = "AWS::ElasticLoadBalancingV2::LoadBalancer";
constexpr std::string_view kSecurityGroup = "AWS::EC2::SecurityGroup";
constexpr std::string_view kIngress = "AWS::EC2::SecurityGroupIngress";

// NotFound widens Known, Undecided ends the question.
void widen(LoadBalancerSources& sources, LoadBalancerSources::State state) {
  if (static_cast<int>(state) > static_cast<int>(sources.state)) sources.state = state;
}

// Adds a load balancer's security groups: only an Application Load Balancer's (the default `Type`)
// security groups are where its traffic comes from; a Network Load Balancer passes the client's or
// its own private addresses, which no SourceSecurityGroupId names (left to a later rule).
void addLoadBalancer(const TemplateGraph& graph, const TemplateResource* loadBalancer,
                     LoadBalancerSources& sources) {
  if (loadBalancer == nullptr) return widen(sources, LoadBalancerSources::State::NotFound);
  if (std::find(sources.loadBalancers.begin(), sources.loadBalancers.end(), loadBalancer) !=
      sources.loadBalancers.end())
    return;
  sources.loadBalancers.push_back(loadBalancer);
  const NodeId type = graph.property(*loadBalancer, "Type");
  if (type != kNoNode && decidedPlainText(graph, type) != "application")
    return widen(sources, LoadBalancerSources::State::Undecided);
  // Without SecurityGroups an ALB has the VPC's default group, which is no group of the template.
  const auto groups = graph.listItems(graph.property(*loadBalancer, "SecurityGroups"));
  if (!groups) return widen(sources, LoadBalancerSources::State::NotFound);
  for (const NodeId item : *groups) {
    const TemplateResource* group = graph.resourceAt(item, kSecurityGroup);
    if (group == nullptr) return widen(sources, LoadBalancerSources::State::NotFound);
    sources.groups.push_back(group);
  }
}

// Whether `node` is `value` or inside it (`!Join ["", [!GetAtt Group.GroupId]]` names the group too).
bool contains(const Document& document, NodeId value, NodeId node) {
  return value != kNoNode && node >= value && node < value + document.node(value).subtreeSize;
}

bool isAllProtocols(std::string_view protocol) { return protocol == "-1"; }

bool isTcp(std::string protocol) {
  std::transform(protocol.begin(), protocol.end(), protocol.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return protocol == "tcp" || protocol == "6";
}

// Whether the rule's ports may include `port` (its protocol being TCP).
bool mayIncludePort(const TemplateGraph& graph, NodeId rule, std::int64_t port) {
  const Document& document = graph.document();
  const auto from = decidedInteger(graph, document.member(rule, "FromPort"));
  const auto to = decidedInteger(graph, document.member(rule, "ToPort"));
  // -1 means "all" only for ICMP; for TCP it is not a range ecslint can judge.
  if (!from || !to || *from < 0 || *to < 0) return true;
  return *from <= port && port <= *to;
}

// Whether the rule's source may be the load balancer.
bool mayBeFromLoadBalancer(const TemplateGraph& graph, NodeId rule, const LoadBalancerSources& sources) {
  const Document& document = graph.document();
  // An address range or prefix list may hold the load balancer's addresses (which ones its subnets
  // give it is not in the template's reach): assumed to.
  for (const std::string_view name :
       {"CidrIp", "CidrIpv6", "SourcePrefixListId", "SourceSecurityGroupName"}) {
    if (document.member(rule, name) != kNoNode) return true;
  }
  const NodeId source = document.member(rule, "SourceSecurityGroupId");
  if (source == kNoNode) return true;  // no source at all: CloudFormation rejects it, not ecslint's call
  if (sources.state != LoadBalancerSources::State::Known) return true;
  const TemplateResource* group = graph.resourceAt(source, kSecurityGroup);
  if (group == nullptr) return true;
  return std::find(sources.groups.begin(), sources.groups.end(), group) != sources.groups.end();
}

}  // namespace

LoadBalancerSources loadBalancerSourcesFor(const TemplateGraph& graph, const TemplateResource& targetGroup) {
  LoadBalancerSources sources;
  sources.state = LoadBalancerSources::State::Known;
  bool forwarded = false;
  for (const ResourceReference& reference : graph.referencesTo(targetGroup)) {
    const TemplateResource* listener = nullptr;
    if (reference.from->type == kListener) {
      listener = reference.from;
    } else if (reference.from->type == kListenerRule) {
      listener = graph.resourceAt(graph.property(*reference.from, "ListenerArn"), kListener);
      if (listener == nullptr) {
        widen(sources, LoadBalancerSources::State::NotFound);
        continue;
      }
    } else {
      continue;
    }
    forwarded = true;
    addLoadBalancer(graph, graph.resourceAt(graph.property(*listener, "LoadBalancerArn"), kLoadBalancer),
                    sources);
  }
  if (!forwarded) widen(sources, LoadBalancerSources::State::NotFound);
  return sources;
}

std::optional<std::vector<NodeId>> ingressRulesOf(const TemplateGraph& graph, const TemplateResource& group) {
  std::vector<NodeId> rules;
  if (const NodeId inline_ = graph.property(group, "SecurityGroupIngress"); inline_ != kNoNode) {
    auto items = graph.listItems(inline_);
    if (!items) return std::nullopt;
    rules = std::move(*items);
  }
  for (const ResourceReference& reference : graph.referencesTo(group)) {
    if (reference.from->type != kIngress) continue;
    const auto within = [&](std::string_view property) {
      return contains(graph.document(), graph.property(*reference.from, property), reference.node);
    };
    if (within("GroupId")) {
      rules.push_back(reference.from->properties);
    } else if (!within("SourceSecurityGroupId") && !within("Description")) {
      // Named by GroupName, or somewhere ecslint does not read: it may be a rule of this group.
      return std::nullopt;
    }
  }
  return rules;
}

bool mayAdmit(const TemplateGraph& graph, NodeId rule, std::int64_t port,
              const LoadBalancerSources& sources) {
  if (rule == kNoNode || graph.document().kind(rule) != NodeKind::Mapping) return true;
  const auto protocol = decidedPlainText(graph, graph.document().member(rule, "IpProtocol"));
  if (!protocol) return true;
  if (!isAllProtocols(*protocol)) {
    if (!isTcp(*protocol)) return false;
    if (!mayIncludePort(graph, rule, port)) return false;
  }
  return mayBeFromLoadBalancer(graph, rule, sources);
}

std::unordered_set<const TemplateResource*> resourcesNamedByOutputs(const TemplateGraph& graph) {
  std::unordered_set<const TemplateResource*> named;
  const Document& document = graph.document();
  if (document.kind(Document::rootId()) != NodeKind::Mapping) return named;
  const NodeId outputs = document.member(Document::rootId(), "Outputs");
  if (outputs == kNoNode) return named;
  const auto add = [&](std::string_view name) {
    if (const TemplateResource* resource = graph.outline().resource(name)) named.insert(resource);
  };
  const NodeId end = outputs + document.node(outputs).subtreeSize;
  for (NodeId node = outputs; node < end; ++node) {
    const Intrinsic function = intrinsicAt(document, node);
    if (!function) continue;
    if (function.is("Ref")) {
      if (const auto name = refTarget(document, function)) add(*name);
    } else if (function.is("Fn::GetAtt")) {
      if (const auto target = getAttTarget(document, function)) add(target->resource);
    } else if (function.is("Fn::Sub")) {
      NodeId text = function.argument;
      if (document.kind(text) == NodeKind::Sequence) text = document.firstChild(text);
      if (text == kNoNode || document.kind(text) != NodeKind::String) continue;
      for (const SubPiece& piece : parseSubTemplate(document.text(text)).value_or(std::vector<SubPiece>{})) {
        if (piece.reference) add(std::string_view(piece.text).substr(0, piece.text.find('.')));
      }
    }
  }
  return named;
}

}  // namespace ecslint
