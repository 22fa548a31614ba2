#include "cloudformation/template_value.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <initializer_list>
#include <optional>
#include <unordered_map>
#include <utility>

#include "cloudformation/intrinsic.h"

namespace ecslint {

namespace {

using Presence = TemplateValue::Presence;
constexpr std::size_t npos = std::string_view::npos;
constexpr std::string_view kCoreTag = "tag:yaml.org,2002:";

TemplateValue unknown() { return {}; }

TemplateValue absent() {
  TemplateValue value;
  value.presence = Presence::Absent;
  return value;
}

TemplateValue resourceValue(std::string_view logicalId, std::string_view attribute) {
  TemplateValue value;
  value.resource = logicalId;
  value.attribute = attribute;
  return value;
}

// Inside the evaluator, Known text is always in Fn::Sub syntax (TemplateValue::text): a literal
// "${" is "${!", so pieces can be joined in any order and a pseudo parameter told from literal text.
void appendLiteral(std::string& out, std::string_view text) {
  for (std::size_t at = 0;;) {
    const std::size_t open = text.find("${", at);
    out.append(text.substr(at, open == npos ? npos : open + 2 - at));
    if (open == npos) return;
    out.push_back('!');
    at = open + 2;
  }
}

// The text a value without pseudo parameters stands for: "${!" back to "${".
std::string plainText(std::string_view subSyntax) {
  std::string out;
  out.reserve(subSyntax.size());
  for (std::size_t at = 0;;) {
    const std::size_t open = subSyntax.find("${!", at);
    out.append(subSyntax.substr(at, open == npos ? npos : open + 2 - at));
    if (open == npos) return out;
    at = open + 3;
  }
}

TemplateValue knownLiteral(std::string_view text) {
  TemplateValue value;
  value.presence = Presence::Known;
  appendLiteral(value.text, text);
  return value;
}

bool oneOf(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), text) != words.end();
}

// The pseudo parameters that stand for one string (AWS::NotificationARNs is a list, AWS::NoValue
// removes the property).
bool isStringPseudoParameter(std::string_view name) {
  return oneOf(name, {"AWS::AccountId", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName",
                      "AWS::URLSuffix"});
}

bool isDigits(std::string_view text) { return !text.empty() && text.find_first_not_of("0123456789") == npos; }

bool isDecimalInteger(std::string_view text) {
  const std::string_view digits = text.starts_with('-') ? text.substr(1) : text;
  return isDigits(digits) && (digits == "0" || digits.front() != '0');
}

bool isDecimalFloat(std::string_view text) {
  const std::size_t dot = text.find('.');
  return dot != npos && isDecimalInteger(text.substr(0, dot)) && isDigits(text.substr(dot + 1));
}

// A literal scalar as CloudFormation passes it on. Numbers written other than in plain decimal
// (YAML 1.1's 0x1F, 017, 1_000, 1:30, .inf, or 1e3) are Unknown: CloudFormation turns them into
// numbers whose text is not guessed here. So are scalars with tags other than YAML's core ones.
TemplateValue scalarValue(const Document& document, NodeId node) {
  const std::string_view tag = document.tag(node);
  const bool coreTag = tag.starts_with(kCoreTag) &&
                       oneOf(tag.substr(kCoreTag.size()), {"str", "int", "float", "bool", "null"});
  if (!tag.empty() && tag != "!" && !coreTag) return unknown();
  const std::string_view text = document.text(node);
  switch (document.kind(node)) {
    case NodeKind::Null:
      return absent();
    case NodeKind::Boolean:
      if (const auto truth = booleanValue(text)) return knownLiteral(*truth ? "true" : "false");
      return unknown();
    case NodeKind::Integer:
      return isDecimalInteger(text) ? knownLiteral(text) : unknown();
    case NodeKind::Float:
      return isDecimalFloat(text) ? knownLiteral(text) : unknown();
    case NodeKind::String:
      return knownLiteral(text);
    default:
      return unknown();
  }
}

void relyOnDefaults(TemplateValue& into, const std::vector<std::string_view>& names) {
  for (const std::string_view name : names) {
    if (into.parameterDefaults.empty() || into.parameterDefaults.back() != name) {
      into.parameterDefaults.push_back(name);
    }
  }
}

// Appends a Known piece; false when the text grew past kMaxBuiltText.
bool append(TemplateValue& into, const TemplateValue& piece, bool withDefaults = true) {
  into.text += piece.text;
  into.pseudoParameters = into.pseudoParameters || piece.pseudoParameters;
  if (withDefaults) relyOnDefaults(into, piece.parameterDefaults);
  return into.text.size() <= TemplateEvaluator::kMaxBuiltText;
}

// An Unknown value that starts with the text `known` built, then with `next`'s own known prefix.
TemplateValue unknownAfter(TemplateValue known, const TemplateValue& next) {
  TemplateValue value;
  value.knownPrefix = std::move(known.text);
  value.parameterDefaults = std::move(known.parameterDefaults);
  if (next.unknown() && !next.knownPrefix.empty()) {
    value.knownPrefix += next.knownPrefix;
    relyOnDefaults(value, next.parameterDefaults);
  }
  if (value.knownPrefix.empty() || value.knownPrefix.size() > TemplateEvaluator::kMaxBuiltText) return {};
  return value;
}

// Each name once, where it was first used.
std::vector<std::string_view> firstUses(const std::vector<std::string_view>& names) {
  std::vector<std::size_t> order(names.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
  std::vector<bool> keep(names.size(), false);
  for (std::size_t i = 0; i < order.size(); ++i) {
    keep[order[i]] = i == 0 || names[order[i - 1]] != names[order[i]];
  }
  std::vector<std::string_view> unique;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (keep[i]) unique.push_back(names[i]);
  }
  return unique;
}

// The arguments of a function that takes a list of exactly N (`!Join [delimiter, list]`).
template <std::size_t N>
std::optional<std::array<NodeId, N>> argumentList(const Document& document, NodeId argument) {
  if (document.kind(argument) != NodeKind::Sequence) return std::nullopt;
  std::array<NodeId, N> items{};
  NodeId item = document.firstChild(argument);
  for (NodeId& slot : items) {
    if (item == kNoNode) return std::nullopt;
    slot = item;
    item = document.nextSibling(item);
  }
  if (item != kNoNode) return std::nullopt;
  return items;
}

// Only parameters that hold one string take their Default: String, Number and the AWS-specific
// types of one value (AWS::EC2::VPC::Id, AWS::SSM::Parameter::Name…). List<…> and
// CommaDelimitedList are lists; an AWS::SSM::Parameter::Value<…> parameter's Default names an SSM
// parameter, whose value is read when the stack deploys.
bool holdsItsDefault(std::string_view type) {
  if (type == "String" || type == "Number") return true;
  return type.starts_with("AWS::") && !type.starts_with("AWS::SSM::Parameter::Value<");
}

}  // namespace

TemplateEvaluator::TemplateEvaluator(const Document& document, const TemplateOutline& outline,
                                     ConditionChoices choices)
    : TemplateEvaluator(document, outline) {
  choices_ = std::move(choices);
}

TemplateEvaluator::TemplateEvaluator(const Document& document, const TemplateOutline& outline)
    : document_(document), outline_(outline) {
  if (document.empty() || document.kind(Document::rootId()) != NodeKind::Mapping) return;
  const NodeId mappings = document.member(Document::rootId(), "Mappings");
  if (mappings == kNoNode || document.kind(mappings) != NodeKind::Mapping) return;
  mappings_ = mappings;
  // Fn::FindInMap reads three levels: a map, its top-level key, its second-level key.
  mappingIndex_.add(document, mappings);
  for (NodeId map = document.firstChild(mappings); map != kNoNode; map = document.nextSibling(map)) {
    mappingIndex_.add(document, map);
    if (document.kind(map) != NodeKind::Mapping) continue;
    for (NodeId top = document.firstChild(map); top != kNoNode; top = document.nextSibling(top)) {
      mappingIndex_.add(document, top);
    }
  }
  mappingIndex_.finish();
}

TemplateValue TemplateEvaluator::evaluate(NodeId node) const {
  if (node == kNoNode) return absent();
  TemplateValue result = value(node, 0);
  if (result.known() && !result.pseudoParameters) result.text = plainText(result.text);
  if (result.unknown() && result.knownPrefix.empty()) {
    result.parameterDefaults.clear();
  } else {
    result.parameterDefaults = firstUses(result.parameterDefaults);
  }
  if (!result.unknown()) {
    result.resource = {};
    result.attribute = {};
  }
  return result;
}

TemplateValue TemplateEvaluator::value(NodeId node, std::uint32_t depth) const {
  if (node == kNoNode || depth > Document::kMaxDepth) return unknown();
  if (const Intrinsic fn = intrinsicAt(document_, node)) return function(fn, node, depth);
  if (!document_.isScalar(node)) return unknown();  // a structure, or an alias
  return scalarValue(document_, node);
}

TemplateValue TemplateEvaluator::function(const Intrinsic& fn, NodeId node, std::uint32_t depth) const {
  // The argument as written: a short form's tagged node, or a long form's member value unless that
  // is itself a function (`Fn::Join: !Ref List` joins a list only a deployment knows).
  if (fn.argument != node && intrinsicAt(document_, fn.argument)) return unknown();
  const NodeId argument = fn.argument;
  if (fn.is("Ref")) {
    const auto name = refTarget(document_, fn);
    return name ? reference(*name) : unknown();
  }
  if (fn.is("Fn::GetAtt")) {
    const auto target = getAttTarget(document_, fn);
    const TemplateResource* resource = target ? outline_.resource(target->resource) : nullptr;
    if (resource == nullptr || outline_.parameter(resource->logicalId) != nullptr) return unknown();
    return resourceValue(resource->logicalId, target->attribute);
  }
  if (fn.is("Fn::Sub")) return sub(argument, depth + 1);
  if (fn.is("Fn::Join")) return join(argument, depth + 1);
  if (fn.is("Fn::If")) return ifValue(argument, depth + 1);
  if (fn.is("Fn::FindInMap")) return findInMap(argument, depth + 1);
  if (fn.is("Fn::Select")) return select(argument, depth + 1);
  // Fn::ImportValue, Fn::Base64, Fn::GetAZs, Fn::Split, Fn::Cidr, Fn::Transform, Condition, and
  // functions this does not know.
  return unknown();
}

TemplateValue TemplateEvaluator::reference(std::string_view name) const {
  if (name == "AWS::NoValue") return absent();
  if (isStringPseudoParameter(name)) {
    TemplateValue value;
    value.presence = Presence::Known;
    value.text = "${" + std::string(name) + "}";
    value.pseudoParameters = true;
    return value;
  }
  const TemplateParameter* parameter = outline_.parameter(name);
  const TemplateResource* resource = outline_.resource(name);
  // A name that is both (CloudFormation rejects the template) is neither here.
  if (parameter != nullptr && resource == nullptr) return parameterValue(*parameter);
  if (resource != nullptr && parameter == nullptr) return resourceValue(resource->logicalId, {});
  return unknown();
}

// `${Name}` or `${Resource.Attribute}` in an Fn::Sub string, when no variable has that name.
TemplateValue TemplateEvaluator::subReference(std::string_view name) const {
  const std::size_t dot = name.find('.');
  if (dot == npos) {
    TemplateValue value = reference(name);
    return value.absent() ? unknown() : value;  // `${AWS::NoValue}` is not a string
  }
  const TemplateResource* resource = outline_.resource(name.substr(0, dot));
  if (resource == nullptr || outline_.parameter(resource->logicalId) != nullptr) return unknown();
  return resourceValue(resource->logicalId, name.substr(dot + 1));
}

TemplateValue TemplateEvaluator::parameterValue(const TemplateParameter& parameter) const {
  const NodeId defaultValue = parameter.defaultValue;
  if (!holdsItsDefault(parameter.type) || defaultValue == kNoNode || !document_.isScalar(defaultValue) ||
      intrinsicAt(document_, defaultValue)) {
    return unknown();
  }
  TemplateValue value = scalarValue(document_, defaultValue);
  if (!value.known() || value.text.size() > kMaxBuiltText) return unknown();
  value.parameterDefaults.push_back(parameter.name);
  return value;
}

TemplateValue TemplateEvaluator::sub(NodeId argument, std::uint32_t depth) const {
  NodeId templateNode = argument;
  NodeId variables = kNoNode;
  if (document_.kind(argument) == NodeKind::Sequence) {
    const auto arguments = argumentList<2>(document_, argument);
    if (!arguments) return unknown();
    templateNode = (*arguments)[0];
    variables = (*arguments)[1];
    if (document_.kind(variables) != NodeKind::Mapping || intrinsicAt(document_, variables) ||
        intrinsicAt(document_, templateNode)) {
      return unknown();
    }
  }
  if (document_.kind(templateNode) != NodeKind::String) return unknown();
  const std::string_view text = document_.text(templateNode);
  const auto pieces = parseSubTemplate(text);
  if (!pieces) return unknown();

  MemberIndex names;
  names.add(document_, variables);
  names.finish();
  const NodeId variablesEnd =
      variables == kNoNode ? kNoNode : variables + document_.node(variables).subtreeSize;
  // Each variable is evaluated once, however often the string names it, and its parameter defaults
  // are recorded once: a short string naming a large variable many times costs no more than the
  // text it builds.
  struct Evaluated {
    TemplateValue value;
    bool recorded = false;
  };
  std::unordered_map<NodeId, Evaluated> evaluated;
  auto variable = [&](NodeId member) -> Evaluated& {
    auto [it, inserted] = evaluated.try_emplace(member);
    // A variable merged in from elsewhere (`<<: *shared`) lies outside this value: not evaluated.
    const bool inside = member > variables && member < variablesEnd;
    if (inserted) it->second.value = inside ? value(member, depth + 1) : unknown();
    return it->second;
  };

  // A string that is one reference is that reference's value: `!Sub "${Role.Arn}"` names Role.
  if (pieces->size() == 1 && pieces->front().reference) {
    // The name, viewed in the document (the string is exactly `${name}`) so that it outlives this call.
    const std::string_view name = text.substr(2, text.size() - 3);
    const NodeId member = names.find(variables, name);
    TemplateValue single = member != kNoNode ? variable(member).value : subReference(name);
    return single.absent() ? unknown() : single;
  }
  TemplateValue result;
  result.presence = Presence::Known;
  for (const SubPiece& piece : *pieces) {
    if (!piece.reference) {
      appendLiteral(result.text, piece.text);
      if (result.text.size() > kMaxBuiltText) return unknown();
      continue;
    }
    if (const NodeId member = names.find(variables, piece.text); member != kNoNode) {
      Evaluated& named = variable(member);
      if (!named.value.known()) return unknownAfter(std::move(result), named.value);
      if (!append(result, named.value, !named.recorded)) return unknown();
      named.recorded = true;
      continue;
    }
    const TemplateValue referenced = subReference(piece.text);
    if (!referenced.known()) return unknownAfter(std::move(result), referenced);
    if (!append(result, referenced)) return unknown();
  }
  return result;
}

TemplateValue TemplateEvaluator::join(NodeId argument, std::uint32_t depth) const {
  const auto arguments = argumentList<2>(document_, argument);
  if (!arguments) return unknown();
  const auto [delimiterNode, list] = *arguments;
  // The delimiter is a literal string; the list a literal list (a function there returns a list).
  if (document_.kind(delimiterNode) != NodeKind::String || intrinsicAt(document_, delimiterNode) ||
      document_.kind(list) != NodeKind::Sequence || intrinsicAt(document_, list)) {
    return unknown();
  }
  const TemplateValue delimiter = scalarValue(document_, delimiterNode);
  if (!delimiter.known()) return unknown();
  TemplateValue result;
  result.presence = Presence::Known;
  for (NodeId item = document_.firstChild(list); item != kNoNode; item = document_.nextSibling(item)) {
    const TemplateValue piece = value(item, depth + 1);
    const bool first = item == document_.firstChild(list);
    if (!piece.known()) {
      // The delimiter before an item is sure only when the item is (an Fn::If item may be
      // AWS::NoValue).
      if (!first && !piece.knownPrefix.empty()) result.text += delimiter.text;
      return unknownAfter(std::move(result), piece);
    }
    if (!first) result.text += delimiter.text;
    if (!append(result, piece)) return unknown();
  }
  return result;
}

TemplateValue TemplateEvaluator::ifValue(NodeId argument, std::uint32_t depth) const {
  const auto arguments = argumentList<3>(document_, argument);
  if (!arguments) return unknown();
  const NodeId whenTrue = (*arguments)[1];  // [condition, whenTrue, whenFalse]
  const NodeId whenFalse = (*arguments)[2];
  if (const NodeId condition = (*arguments)[0]; document_.kind(condition) == NodeKind::String) {
    if (const auto outcome = choices_.outcome(document_.text(condition))) {
      return value(*outcome ? whenTrue : whenFalse, depth + 1);
    }
  }
  // Conditions are not evaluated: a value is what both branches agree on.
  TemplateValue a = value(whenTrue, depth + 1);
  const TemplateValue b = value(whenFalse, depth + 1);
  const bool sameText =
      a.known() && b.known() && a.text == b.text && a.pseudoParameters == b.pseudoParameters;
  if (sameText || (a.absent() && b.absent())) {
    relyOnDefaults(a, b.parameterDefaults);
    return a;
  }
  if (a.unknown() && b.unknown() && !a.resource.empty() && a.resource == b.resource &&
      a.attribute == b.attribute) {
    return resourceValue(a.resource, a.attribute);
  }
  return unknown();
}

bool TemplateEvaluator::plainKey(NodeId node, std::uint32_t depth, TemplateValue& into,
                                 std::string& key) const {
  const TemplateValue found = value(node, depth);
  if (!found.known() || found.pseudoParameters) return false;
  key = plainText(found.text);
  relyOnDefaults(into, found.parameterDefaults);
  return true;
}

TemplateValue TemplateEvaluator::findInMap(NodeId argument, std::uint32_t depth) const {
  // Three arguments; a fourth, DefaultValue, needs the AWS::LanguageExtensions transform.
  const auto arguments = argumentList<3>(document_, argument);
  if (!arguments) return unknown();
  const auto [mapNode, topNode, secondNode] = *arguments;
  TemplateValue keys;
  std::string map;
  std::string top;
  std::string second;
  if (!plainKey(mapNode, depth + 1, keys, map) || !plainKey(topNode, depth + 1, keys, top) ||
      !plainKey(secondNode, depth + 1, keys, second)) {
    return unknown();
  }
  const NodeId found =
      mappingIndex_.find(mappingIndex_.find(mappingIndex_.find(mappings_, map), top), second);
  // Mappings hold literals only (CloudFormation rejects functions there); a list is a structure.
  if (found == kNoNode || !document_.isScalar(found) || intrinsicAt(document_, found)) return unknown();
  TemplateValue result = scalarValue(document_, found);
  if (!result.known() || result.text.size() > kMaxBuiltText) return unknown();
  result.parameterDefaults = std::move(keys.parameterDefaults);
  return result;
}

TemplateValue TemplateEvaluator::select(NodeId argument, std::uint32_t depth) const {
  const auto arguments = argumentList<2>(document_, argument);
  if (!arguments) return unknown();
  const auto [indexNode, list] = *arguments;
  TemplateValue result;
  std::string index;
  if (!plainKey(indexNode, depth + 1, result, index) || !isDigits(index) || index.size() > 9 ||
      document_.kind(list) != NodeKind::Sequence || intrinsicAt(document_, list)) {
    return unknown();
  }
  std::uint32_t position = 0;
  std::from_chars(index.data(), index.data() + index.size(), position);
  TemplateValue chosen = value(document_.element(list, position), depth + 1);
  if (chosen.absent()) return unknown();
  relyOnDefaults(result, chosen.parameterDefaults);
  chosen.parameterDefaults = std::move(result.parameterDefaults);
  return chosen;
}

}  // namespace ecslint
