#include "stack/iam_policy.h"

#include <algorithm>
#include <array>

#include "cloudformation/intrinsic.h"

namespace ecslint {
namespace {

// Pattern times text beyond this many steps is not matched (Unknown): policies and ARNs are short,
// and a hostile template must not make matching quadratic in a megabyte.
constexpr std::size_t kMaxMatchSteps = 1u << 20;

char fold(char c, bool ignoreCase) { return ignoreCase && c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// The pattern positions reachable after consuming `text` (a position followed by `*`s reaches past
// them too), as IAM's glob matches: one pass over the text, each step over the pattern's positions.
std::vector<char> reachable(std::string_view pattern, std::string_view text, bool ignoreCase) {
  const std::size_t m = pattern.size();
  std::vector<char> states(m + 1, 0), next(m + 1, 0);
  const auto close = [&](std::vector<char>& set) {
    for (std::size_t i = 0; i < m; ++i) {
      if (set[i] && pattern[i] == '*') set[i + 1] = 1;
    }
  };
  states[0] = 1;
  close(states);
  for (const char c : text) {
    std::fill(next.begin(), next.end(), 0);
    bool any = false;
    for (std::size_t i = 0; i < m; ++i) {
      if (!states[i]) continue;
      if (pattern[i] == '*') {
        next[i] = 1;
        any = true;
      } else if (pattern[i] == '?' || fold(pattern[i], ignoreCase) == fold(c, ignoreCase)) {
        next[i + 1] = 1;
        any = true;
      }
    }
    close(next);
    states.swap(next);
    if (!any) break;
  }
  return states;
}

bool allStars(std::string_view text) {
  return !text.empty() && text.find_first_not_of('*') == std::string_view::npos;
}

bool mayHoldVariables(std::string_view text) { return text.find("${") != std::string_view::npos; }

Verdict matchResource(const ResourcePattern& pattern, const RequestResource& request) {
  if (pattern.resource != nullptr) {
    if (request.resource == pattern.resource) return Verdict::Yes;
    // Another resource of the template has another ARN.
    return request.resource != nullptr ? Verdict::No : Verdict::Unknown;
  }
  if (!pattern.text) return Verdict::Unknown;
  const std::string& text = *pattern.text;
  if (allStars(text)) return Verdict::Yes;
  if (request.arn.empty()) return Verdict::Unknown;
  if (text.size() * request.arn.size() > kMaxMatchSteps) return Verdict::Unknown;
  // A pseudo parameter on one side only may still be equal to the other side's text.
  const bool variables = mayHoldVariables(text) || mayHoldVariables(request.arn);
  const std::vector<char> states = reachable(text, request.arn, false);
  if (!request.openEnded) return states.back() ? Verdict::Yes : variables ? Verdict::Unknown : Verdict::No;
  // Open-ended: covered whatever follows when a reachable position has only `*`s after it.
  bool anyState = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!states[i]) continue;
    anyState = true;
    if (allStars(std::string_view(text).substr(i))) return Verdict::Yes;
  }
  return anyState || variables ? Verdict::Unknown : Verdict::No;
}

Verdict invert(Verdict verdict) {
  return verdict == Verdict::Yes ? Verdict::No : verdict == Verdict::No ? Verdict::Yes : Verdict::Unknown;
}

bool actionMatches(const std::vector<std::string>& patterns, bool notAction, std::string_view action) {
  const bool any = std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
    return iamPatternMatches(pattern, action, true);
  });
  return any != notAction;
}

// A string or a list of strings, all known; nothing otherwise.
std::optional<std::vector<std::string>> knownStrings(const TemplateGraph& graph, NodeId node) {
  const Document& document = graph.document();
  std::vector<std::string> strings;
  if (node == kNoNode) return std::nullopt;
  if (document.kind(node) == NodeKind::Sequence) {
    const auto items = graph.listItems(node);
    if (!items) return std::nullopt;
    for (const NodeId item : *items) {
      auto text = decidedText(graph, item);
      if (!text) return std::nullopt;
      strings.push_back(std::move(*text));
    }
    return strings;
  }
  auto text = decidedText(graph, node);
  if (!text) return std::nullopt;
  strings.push_back(std::move(*text));
  return strings;
}

// The items of a value IAM takes as a string or a list: the list's items, or the value itself.
std::optional<std::vector<NodeId>> itemsOf(const TemplateGraph& graph, NodeId node) {
  if (node == kNoNode) return std::nullopt;
  if (graph.document().kind(node) == NodeKind::Sequence) return graph.listItems(node);
  return std::vector<NodeId>{node};
}

std::optional<std::vector<ResourcePattern>> resourcePatterns(const TemplateGraph& graph, NodeId node) {
  const auto items = itemsOf(graph, node);
  if (!items) return std::nullopt;
  std::vector<ResourcePattern> patterns;
  for (const NodeId item : *items) {
    ResourcePattern pattern;
    pattern.resource = graph.resourceAt(item);
    if (pattern.resource == nullptr) pattern.text = decidedText(graph, item);
    patterns.push_back(std::move(pattern));
  }
  return patterns;
}

// A plain mapping (not an intrinsic function such as Fn::If).
bool isPlainMapping(const Document& document, NodeId node) {
  return node != kNoNode && document.kind(node) == NodeKind::Mapping && !intrinsicAt(document, node);
}

// The statements of a document: the `Statement` object or the items of its list.
std::optional<std::vector<NodeId>> statementNodes(const TemplateGraph& graph, NodeId document) {
  const Document& doc = graph.document();
  if (!isPlainMapping(doc, document)) return std::nullopt;
  const NodeId statement = doc.member(document, "Statement");
  if (statement == kNoNode) return std::nullopt;
  const auto items = itemsOf(graph, statement);
  if (!items) return std::nullopt;
  for (const NodeId item : *items) {
    if (!isPlainMapping(doc, item)) return std::nullopt;
  }
  return items;
}

// The statement's `name` or `Not<name>` member (exactly one must be there), and whether it is the Not.
std::optional<std::pair<NodeId, bool>> elementOrNot(const Document& document, NodeId statement,
                                                    std::string_view name) {
  const NodeId plain = document.member(statement, name);
  const NodeId negated = document.member(statement, "Not" + std::string(name));
  if ((plain == kNoNode) == (negated == kNoNode)) return std::nullopt;
  return plain != kNoNode ? std::pair{plain, false} : std::pair{negated, true};
}

// Effect and the action of a statement, shared by identity and trust policies.
bool readEffectAndActions(const TemplateGraph& graph, NodeId node, PolicyStatement& statement) {
  const Document& document = graph.document();
  const auto effect = decidedText(graph, document.member(node, "Effect"));
  if (!effect || (*effect != "Allow" && *effect != "Deny")) return false;
  statement.allow = *effect == "Allow";
  statement.conditional = document.member(node, "Condition") != kNoNode;
  const auto action = elementOrNot(document, node, "Action");
  if (!action) return false;
  statement.notAction = action->second;
  auto actions = knownStrings(graph, action->first);
  if (!actions) return false;
  statement.actions = std::move(*actions);
  return true;
}

bool readStatement(const TemplateGraph& graph, NodeId node, PolicyStatement& statement) {
  if (!readEffectAndActions(graph, node, statement)) return false;
  const auto resource = elementOrNot(graph.document(), node, "Resource");
  if (!resource) return false;
  statement.notResource = resource->second;
  auto patterns = resourcePatterns(graph, resource->first);
  if (!patterns) return false;
  statement.resources = std::move(*patterns);
  return true;
}

// The statement of AmazonECSTaskExecutionRolePolicy (AWS managed policy reference).
PolicyStatement managedExecutionStatement() {
  PolicyStatement statement;
  statement.actions = {"ecr:GetAuthorizationToken",  "ecr:BatchCheckLayerAvailability",
                       "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage",
                       "logs:CreateLogStream",       "logs:PutLogEvents"};
  statement.resources.push_back(ResourcePattern{std::string("*"), nullptr});
  return statement;
}

// Whether a Principal lets the service `servicePrefix…` in.
Verdict principalAdmits(const TemplateGraph& graph, NodeId principal, std::string_view servicePrefix) {
  const Document& document = graph.document();
  if (principal == kNoNode) return Verdict::No;
  if (document.kind(principal) != NodeKind::Mapping || intrinsicAt(document, principal)) {
    const auto text = decidedText(graph, principal);
    if (!text) return Verdict::Unknown;
    return *text == "*" ? Verdict::Yes : Verdict::No;
  }
  Verdict verdict = Verdict::No;
  for (NodeId member = document.firstChild(principal); member != kNoNode;
       member = document.nextSibling(member)) {
    const std::string_view key = document.keyName(member);
    if (key != "Service" && key != "AWS") continue;
    const auto names = knownStrings(graph, member);
    if (!names) {
      verdict = Verdict::Unknown;
      continue;
    }
    for (const std::string& name : *names) {
      if ((key == "Service" && name.starts_with(servicePrefix)) || (key == "AWS" && name == "*"))
        return Verdict::Yes;
    }
  }
  return verdict;
}

// IAM's decision over the statements whose action matches, as far as the template decides it.
class Evaluation {
 public:
  // Counts a statement whose resource (or principal) `applies`; false when the decision is Unknown
  // whatever follows: a Deny that may apply (whether it does, and what a finding should then say,
  // is left alone).
  bool add(const PolicyStatement& statement, Verdict applies) {
    if (applies == Verdict::No) return true;
    if (!statement.allow) return false;
    if (statement.conditional || applies == Verdict::Unknown)
      maybe_ = true;
    else
      allowed_ = true;
    return true;
  }
  Verdict result() const { return allowed_ ? Verdict::Yes : maybe_ ? Verdict::Unknown : Verdict::No; }

 private:
  bool allowed_ = false;
  bool maybe_ = false;
};

}  // namespace

bool iamPatternMatches(std::string_view pattern, std::string_view text, bool ignoreCase) {
  if (pattern.size() * text.size() > kMaxMatchSteps) return false;
  return reachable(pattern, text, ignoreCase).back() != 0;
}

Verdict RolePolicies::allows(std::string_view action, const RequestResource& resource) const {
  if (!complete) return Verdict::Unknown;
  Evaluation evaluation;
  for (const PolicyStatement& statement : statements) {
    if (!actionMatches(statement.actions, statement.notAction, action)) continue;
    Verdict covered = Verdict::No;
    for (const ResourcePattern& pattern : statement.resources) {
      const Verdict one = matchResource(pattern, resource);
      if (one == Verdict::Yes) {
        covered = Verdict::Yes;
        break;
      }
      if (one == Verdict::Unknown) covered = Verdict::Unknown;
    }
    if (statement.notResource) covered = invert(covered);
    if (!evaluation.add(statement, covered)) return Verdict::Unknown;
    // Without a Deny, nothing after an allowing statement can change the answer.
    if (!anyDeny && evaluation.result() == Verdict::Yes) return Verdict::Yes;
  }
  return evaluation.result();
}

bool readPolicyDocument(const TemplateGraph& graph, NodeId document, std::vector<PolicyStatement>& into) {
  const auto nodes = statementNodes(graph, document);
  if (!nodes) return false;
  for (const NodeId node : *nodes) {
    PolicyStatement statement;
    if (!readStatement(graph, node, statement)) return false;
    into.push_back(std::move(statement));
  }
  return true;
}

bool isManagedExecutionPolicy(std::string_view arn) {
  constexpr std::string_view kPath = ":iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
  if (!arn.starts_with("arn:") || !arn.ends_with(kPath)) return false;
  const std::string_view partition = arn.substr(4, arn.size() - 4 - kPath.size());
  constexpr std::array<std::string_view, 4> kPartitions = {"aws", "aws-cn", "aws-us-gov",
                                                           "${AWS::Partition}"};
  return std::find(kPartitions.begin(), kPartitions.end(), partition) != kPartitions.end();
}

PolicyAttachments::PolicyAttachments(const TemplateGraph& graph) : graph_(graph) {
  for (const std::string_view type : {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}) {
    for (const TemplateResource* policy : graph.resourcesOfType(type)) {
      const NodeId roles = graph.property(*policy, "Roles");
      if (roles == kNoNode) continue;  // for groups or users only
      const auto items = graph.listItems(roles);
      if (!items) {
        unknownRoles_ = true;
        continue;
      }
      const NodeId document = graph.property(*policy, "PolicyDocument");
      for (const NodeId item : *items) attach(*policy, document, item);
    }
  }
  for (const TemplateResource* policy : graph.resourcesOfType("AWS::IAM::RolePolicy")) {
    const NodeId role = graph.property(*policy, "RoleName");
    if (role != kNoNode) attach(*policy, graph.property(*policy, "PolicyDocument"), role);
  }
}

void PolicyAttachments::attach(const TemplateResource& policy, NodeId document, NodeId roleItem) {
  const Attachment attachment{&policy, document};
  if (const TemplateResource* role = graph_.resourceAt(roleItem, "AWS::IAM::Role")) {
    byRole_[role].push_back(attachment);
  } else if (graph_.resourceAt(roleItem) != nullptr) {
    return;  // another resource's name or ARN: not one of the template's roles
  } else if (auto name = decidedText(graph_, roleItem)) {
    byName_[std::move(*name)].push_back(attachment);
  } else {
    unknownRoles_ = true;
  }
}

RolePolicies PolicyAttachments::policiesOf(const TemplateResource& role) const {
  RolePolicies policies;
  if (unknownRoles_) policies.complete = false;
  const Document& document = graph_.document();
  const auto readAttached = [&](const TemplateResource& policy, NodeId policyDocument) {
    policies.anyPolicy = true;
    // A policy that may not exist cannot be counted on, nor counted out.
    if (TemplateGraph::conditional(policy) ||
        !readPolicyDocument(graph_, policyDocument, policies.statements))
      policies.complete = false;
  };

  // Each item of the role's list property `name` (any item is a policy; a list not written out is
  // policies not known).
  const auto forEachItem = [&](std::string_view name, const auto& read) {
    const NodeId list = graph_.property(role, name);
    if (list == kNoNode) return;
    policies.anyPolicy = true;
    const auto items = graph_.listItems(list);
    if (!items) policies.complete = false;
    for (const NodeId item : items.value_or(std::vector<NodeId>{})) read(item);
  };
  forEachItem("Policies", [&](NodeId item) {
    if (!isPlainMapping(document, item) ||
        !readPolicyDocument(graph_, document.member(item, "PolicyDocument"), policies.statements))
      policies.complete = false;
  });
  forEachItem("ManagedPolicyArns", [&](NodeId item) {
    if (const TemplateResource* policy = graph_.resourceAt(item, "AWS::IAM::ManagedPolicy")) {
      readAttached(*policy, graph_.property(*policy, "PolicyDocument"));
    } else if (const auto arn = decidedText(graph_, item); arn && isManagedExecutionPolicy(*arn)) {
      policies.statements.push_back(managedExecutionStatement());
    } else {
      policies.complete = false;  // another managed policy: its statements are not in the template
    }
  });
  if (const auto found = byRole_.find(&role); found != byRole_.end()) {
    for (const Attachment& attachment : found->second) readAttached(*attachment.policy, attachment.document);
  }
  if (!byName_.empty()) {
    const NodeId roleName = graph_.property(role, "RoleName");
    if (const auto name = decidedText(graph_, roleName)) {
      if (const auto found = byName_.find(*name); found != byName_.end()) {
        for (const Attachment& attachment : found->second)
          readAttached(*attachment.policy, attachment.document);
      }
    } else if (roleName != kNoNode) {
      policies.complete = false;  // a name the template does not decide may be one the policies name
    }
  }
  // More statements than IAM lets reach a role cannot be deployed: what they would allow is not
  // judged, and a rule's work per request stays bounded.
  if (policies.statements.size() > RolePolicies::kMaxStatements) policies.complete = false;
  policies.anyDeny = std::any_of(policies.statements.begin(), policies.statements.end(),
                                 [](const PolicyStatement& statement) { return !statement.allow; });
  return policies;
}

Verdict trustAllowsService(const TemplateGraph& graph, const TemplateResource& role,
                           std::string_view servicePrefix) {
  const Document& document = graph.document();
  const auto nodes = statementNodes(graph, graph.property(role, "AssumeRolePolicyDocument"));
  if (!nodes) return Verdict::Unknown;
  Evaluation evaluation;
  for (const NodeId node : *nodes) {
    PolicyStatement statement;
    if (!readEffectAndActions(graph, node, statement)) return Verdict::Unknown;
    if (document.member(node, "NotPrincipal") != kNoNode) return Verdict::Unknown;
    if (!actionMatches(statement.actions, statement.notAction, "sts:AssumeRole")) continue;
    const Verdict admits = principalAdmits(graph, document.member(node, "Principal"), servicePrefix);
    if (!evaluation.add(statement, admits)) return Verdict::Unknown;
  }
  return evaluation.result();
}

}  // namespace ecslint
