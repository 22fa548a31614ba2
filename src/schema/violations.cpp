#include "schema/violations.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "schema/compiled_subschemas.h"
#include "schema/json_number.h"
#include "schema/task_definition_schema.h"
#include "schema/template_reading.h"
#include "schema/templated_value.h"

namespace ecslint {
namespace {

// One Validator per thread for the whole process: it caches the compiled std::regex of every
// pattern, which costs far more to build than to run.
valijson::Validator& validator() {
  thread_local valijson::Validator instance(valijson::Validator::kStrongTypes);
  return instance;
}

// The members and elements valijson sees of a node: in a template, those `Ref: AWS::NoValue`
// removes are not there, nor members a later one of the same name overrides.
bool isPresent(const SchemaScope& scope, NodeId node) {
  return scope.dialect() == Dialect::EcsApi ||
         (!isNoValue(scope.document(), node) && !scope.isOverridden(node));
}

// In a template, a member no property is spelt as (ECS003) is left out of valijson's copy: its key
// as written may be an API name (`image` for `Image`) that valijson would take for the property.
// The collector notes the violation instead (ViolationCollector::noteUnknownMembers). Keys of
// free-form maps are kept.
bool isDeclaredOrFree(const SchemaScope& scope, NodeId member) {
  if (scope.dialect() == Dialect::EcsApi) return true;
  const SchemaNode object = scope.schemaAt(scope.document().node(member).parent);
  return object.isMap() || object.declaredName(scope.document().keyName(member), scope.dialect()).has_value();
}

// The value valijson validates for a node, in RapidJSON's form: the API's JSON exactly as RapidJSON
// read it (numbers from their literal text, duplicate members kept), or a template's value as the
// API's JSON CloudFormation would send (API names, coerced scalars, members `AWS::NoValue` removes
// left out). An unknown value becomes null, which valijson rejects and explainViolations ignores
// (it asks the scope, not the copy). Only failing values are copied, at most kLargeSubtree nodes
// at a time (see ViolationCollector).
class Materializer {
 public:
  Materializer(const SchemaScope& scope, rapidjson::Document::AllocatorType& allocator)
      : scope_(scope), document_(scope.document()), allocator_(allocator) {}

  rapidjson::Value copy(NodeId node) {
    rapidjson::Value value;
    if (scope_.isUnknown(node)) return value;
    const NodeKind kind = document_.kind(node);
    if (kind == NodeKind::Mapping) {
      value.SetObject();
      for (NodeId member = document_.firstChild(node); member != kNoNode;
           member = document_.nextSibling(member)) {
        if (!isPresent(scope_, member) || !isDeclaredOrFree(scope_, member)) continue;
        value.AddMember(string(scope_.memberName(member)), copy(member), allocator_);
      }
    } else if (kind == NodeKind::Sequence) {
      value.SetArray();
      for (NodeId element = document_.firstChild(node); element != kNoNode;
           element = document_.nextSibling(element)) {
        if (isPresent(scope_, element)) value.PushBack(copy(element), allocator_);
      }
    } else {
      copyScalar(node, value);
    }
    return value;
  }

  rapidjson::Value string(std::string_view text) {
    return rapidjson::Value(text.empty() ? "" : text.data(), static_cast<rapidjson::SizeType>(text.size()),
                            allocator_);
  }

 private:
  void copyScalar(NodeId node, rapidjson::Value& value) {
    NodeKind kind = document_.kind(node);
    std::string_view text = document_.text(node);
    std::string integer;
    if (scope_.dialect() == Dialect::CloudFormation) {
      switch (templateCoercion(document_, node, scope_.schemaAt(node).type())) {
        case Coercion::ToInteger:
          integer = integerText(text);
          text = integer;
          kind = NodeKind::Integer;
          break;
        case Coercion::ToString:
          kind = NodeKind::String;
          break;
        case Coercion::ToBoolean:
          value.SetBool(text.size() == 4);  // "true" in any case; "false" has five letters
          return;
        case Coercion::None:
        case Coercion::Unknown:
          break;
      }
    }
    switch (kind) {
      case NodeKind::Boolean:
        value.SetBool(booleanValue(text).value_or(false));
        return;
      case NodeKind::String:
        value = string(text);
        return;
      case NodeKind::Integer:
      case NodeKind::Float:
        if (const std::optional<JsonNumber> number = readJsonNumber(text)) {
          if (number->kind == JsonNumber::Kind::Int64) value.SetInt64(number->int64);
          if (number->kind == JsonNumber::Kind::Uint64) value.SetUint64(number->uint64);
          if (number->kind == JsonNumber::Kind::Double) value.SetDouble(number->real);
        }
        return;
      default:
        return;  // null
    }
  }

  const SchemaScope& scope_;
  const Document& document_;
  rapidjson::Document::AllocatorType& allocator_;
};

// Finds the node a valijson error context names ({"<root>", "[containerDefinitions]", "[0]"}).
// Children of a parent are indexed once, so a document with many errors in one large array or
// object still costs linear time.
class ContextResolver {
 public:
  explicit ContextResolver(const SchemaScope& scope) : scope_(scope), document_(scope.document()) {}

  NodeId resolve(NodeId base, const std::vector<std::string>& context) {
    NodeId node = base;
    for (std::size_t i = 1; i < context.size() && node != kNoNode; ++i) {
      const std::string& token = context[i];
      if (token.size() < 2 || token.front() != '[' || token.back() != ']') return kNoNode;
      node = child(node, std::string_view(token).substr(1, token.size() - 2));
    }
    return node;
  }

 private:
  struct Children {
    std::vector<NodeId> elements;
    std::unordered_map<std::string_view, NodeId> members;  // the last of duplicate keys, as JSON parsers do
  };

  NodeId child(NodeId parent, std::string_view token) {
    const NodeKind kind = document_.kind(parent);
    if (kind != NodeKind::Sequence && kind != NodeKind::Mapping) return kNoNode;
    auto [it, inserted] = children_.try_emplace(parent);
    Children& children = it->second;
    if (inserted) {
      for (NodeId c = document_.firstChild(parent); c != kNoNode; c = document_.nextSibling(c)) {
        if (!isPresent(scope_, c)) continue;
        if (kind == NodeKind::Sequence) {
          children.elements.push_back(c);
        } else {
          children.members[scope_.memberName(c)] = c;
        }
      }
    }
    if (kind == NodeKind::Mapping) {
      const auto member = children.members.find(token);
      return member == children.members.end() ? kNoNode : member->second;
    }
    std::size_t index = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), index);
    if (error != std::errc() || end != token.data() + token.size() || index >= children.elements.size()) {
      return kNoNode;
    }
    return children.elements[index];
  }

  const SchemaScope& scope_;
  const Document& document_;
  std::unordered_map<NodeId, Children> children_;
};

// Collects the violations in a value that does not conform. The fast check finds where: a value
// whose own constraints hold (type, enum, pattern, member names, required members; conformsShallow)
// fails only through its members and elements, and only those that do not conform are walked in
// turn; each value whose own constraints fail is validated by valijson, whole. valijson therefore
// runs only on the smallest values that fail, never on a whole document for one wrong leaf, and
// the walk skips every subtree that conforms (5,000 containers with one bad image cost one pass).
//
// valijson's error list holds every failing constraint with its full context, several times over
// (once per enclosing object and array), so a large value full of errors would need far more
// memory than the document itself. Values larger than kLargeSubtree nodes are therefore split: an
// array is checked without its elements, which are walked one by one, and an object is checked as
// a shallow copy in which its large members are empty, then each of those members is walked on its
// own. Every error list is then bounded by kLargeSubtree nodes' worth of errors.
class ViolationCollector {
 public:
  ViolationCollector(const SchemaScope& scope, const valijson::Subschema& rootSubschema)
      : scope_(scope),
        document_(scope.document()),
        conformance_(TaskDefinitionSchema::instance().conformance()),
        resolver_(scope) {
    valijsonSubschemas_.emplace(scope.root(), &rootSubschema);
  }

  // `node` does not conform to subschema `fast`.
  void walk(NodeId node, ConformanceSchema::Index fast) {
    if (!conformance_.conformsShallow(document_, node, fast, scope_.dialect())) {
      // A violation at a null (an empty value, which the empty-value walk reports as ECS006 or
      // ECS010) or at a templated string ("${IMAGE}", filled in before registering) is never
      // explained (explain_violations.cpp), so valijson need not say what is wrong with it.
      const NodeKind kind = document_.kind(node);
      if (kind == NodeKind::Null || (kind == NodeKind::String && looksTemplated(document_.text(node))))
        return;
      noteUnknownMembers(node);
      if (const valijson::Subschema* subschema = valijsonSubschemaAt(node)) validate(node, *subschema);
      return;
    }
    walkChildren(node, fast);
  }

  std::vector<Violation> take() { return std::move(violations_); }

 private:
  static constexpr std::uint32_t kLargeSubtree = 4096;

  // A template's member that no property is spelt as, in an object that allows no other: valijson
  // never sees it (isDeclaredOrFree), so the violation is noted here.
  void noteUnknownMembers(NodeId node) {
    if (scope_.dialect() == Dialect::EcsApi || document_.kind(node) != NodeKind::Mapping) return;
    if (!scope_.schemaAt(node).isClosed()) return;
    for (NodeId member = document_.firstChild(node); member != kNoNode;
         member = document_.nextSibling(member)) {
      if (isPresent(scope_, member) && !isDeclaredOrFree(scope_, member)) {
        violations_.push_back(Violation{ViolationKind::UnknownProperty, node, {}});
        return;
      }
    }
  }

  // Every member or element of `node` that does not conform to its subschema (one without is
  // unconstrained, or not allowed at all, which is its parent's own failure), or only those of
  // them in `only`.
  void walkChildren(NodeId node, ConformanceSchema::Index fast, const std::vector<NodeId>& only = {}) {
    const bool array = document_.kind(node) == NodeKind::Sequence;
    for (NodeId child = document_.firstChild(node); child != kNoNode; child = document_.nextSibling(child)) {
      if (!only.empty() && std::find(only.begin(), only.end(), child) == only.end()) continue;
      if (!isPresent(scope_, child)) continue;
      const auto childFast =
          array ? conformance_.items(fast) : conformance_.property(fast, scope_.memberName(child));
      if (childFast && !conformance_.conforms(document_, child, *childFast, scope_.dialect()))
        walk(child, *childFast);
    }
  }

  // valijson's subschema for `node`, found from its nearest ancestor whose subschema is known.
  const valijson::Subschema* valijsonSubschemaAt(NodeId node) {
    if (const auto known = valijsonSubschemas_.find(node); known != valijsonSubschemas_.end())
      return known->second;
    const NodeId parent = document_.node(node).parent;
    const valijson::Subschema* parentSubschema = valijsonSubschemaAt(parent);
    const valijson::Subschema* subschema = nullptr;
    if (parentSubschema != nullptr) {
      subschema = document_.kind(parent) == NodeKind::Sequence
                      ? compiledItems(*parentSubschema)
                      : compiledProperty(*parentSubschema, scope_.memberName(node));
    }
    valijsonSubschemas_.emplace(node, subschema);
    return subschema;
  }

  void validate(NodeId node, const valijson::Subschema& subschema) {
    const NodeKind kind = document_.kind(node);
    if (document_.node(node).subtreeSize <= kLargeSubtree ||
        (kind != NodeKind::Sequence && kind != NodeKind::Mapping)) {
      rapidjson::Document copy;
      Materializer materializer(scope_, copy.GetAllocator());
      collectErrors(node, materializer.copy(node), subschema, {});
    } else if (kind == NodeKind::Sequence) {
      validateLargeArray(node, subschema);
    } else {
      validateLargeObject(node, subschema);
    }
  }

  // valijson's error list for `value` (the node itself, or a shallow copy of it), without errors at
  // the `skipped` members, which are collected on their own.
  void collectErrors(NodeId node, const rapidjson::Value& value, const valijson::Subschema& subschema,
                     const std::vector<NodeId>& skipped) {
    valijson::ValidationResults results;
    validator().validate(subschema, valijson::adapters::RapidJsonAdapter(value), &results);
    for (const valijson::ValidationResults::Error& error : results) {
      std::string property;
      const std::optional<ViolationKind> kind = classifyValijsonError(error.description, &property);
      if (!kind) continue;
      const NodeId at = resolver_.resolve(node, error.context);
      if (at == kNoNode || std::find(skipped.begin(), skipped.end(), at) != skipped.end()) continue;
      violations_.push_back(Violation{*kind, at, std::move(property)});
    }
  }

  void validateLargeArray(NodeId node, const valijson::Subschema& subschema) {
    // The array itself (its type), checked without its elements; its size against maxItems.
    const rapidjson::Document empty(rapidjson::kArrayType);
    const std::size_t before = violations_.size();
    collectErrors(node, empty, subschema, {});
    // minItems/maxItems judged the empty copy; the real size is judged below.
    violations_.erase(
        std::remove_if(violations_.begin() + static_cast<std::ptrdiff_t>(before), violations_.end(),
                       [](const Violation& v) { return v.kind == ViolationKind::OutOfRange; }),
        violations_.end());
    const auto maxItems = scope_.schemaAt(node).number("maxItems");
    std::size_t size = 0;
    for (NodeId element = document_.firstChild(node); element != kNoNode;
         element = document_.nextSibling(element)) {
      if (isPresent(scope_, element)) ++size;
    }
    if (maxItems && static_cast<double>(size) > *maxItems) {
      violations_.push_back(Violation{ViolationKind::OutOfRange, node, {}});
    }
    if (const auto fast = fastSubschemaAt(node)) walkChildren(node, *fast);
  }

  void validateLargeObject(NodeId node, const valijson::Subschema& subschema) {
    rapidjson::Document shallow(rapidjson::kObjectType);
    Materializer materializer(scope_, shallow.GetAllocator());
    std::vector<NodeId> large;
    for (NodeId member = document_.firstChild(node); member != kNoNode;
         member = document_.nextSibling(member)) {
      if (!isPresent(scope_, member) || !isDeclaredOrFree(scope_, member)) continue;
      rapidjson::Value name = materializer.string(scope_.memberName(member));
      if (document_.node(member).subtreeSize > kLargeSubtree && !scope_.isUnknown(member)) {
        large.push_back(member);
        const bool array = document_.kind(member) == NodeKind::Sequence;
        shallow.AddMember(name, rapidjson::Value(array ? rapidjson::kArrayType : rapidjson::kObjectType),
                          shallow.GetAllocator());
      } else {
        shallow.AddMember(name, materializer.copy(member), shallow.GetAllocator());
      }
    }
    collectErrors(node, shallow, subschema, large);
    if (const auto fast = fastSubschemaAt(node); fast && !large.empty()) walkChildren(node, *fast, large);
  }

  // The fast check's subschema for `node` (rarely needed: only for a large value that fails).
  std::optional<ConformanceSchema::Index> fastSubschemaAt(NodeId node) const {
    if (node == scope_.root()) return TaskDefinitionSchema::instance().conformanceIndex(scope_.kind());
    const NodeId parent = document_.node(node).parent;
    const auto parentFast = fastSubschemaAt(parent);
    if (!parentFast) return std::nullopt;
    return document_.kind(parent) == NodeKind::Sequence
               ? conformance_.items(*parentFast)
               : conformance_.property(*parentFast, scope_.memberName(node));
  }

  const SchemaScope& scope_;
  const Document& document_;
  const ConformanceSchema& conformance_;
  ContextResolver resolver_;
  std::unordered_map<NodeId, const valijson::Subschema*> valijsonSubschemas_;
  std::vector<Violation> violations_;
};

std::string_view between(std::string_view text, char quote) {
  const std::size_t open = text.find(quote);
  const std::size_t close = text.rfind(quote);
  if (open == std::string_view::npos || close <= open) return {};
  return text.substr(open + 1, close - open - 1);
}

}  // namespace

std::optional<ViolationKind> classifyValijsonError(std::string_view description, std::string* property) {
  if (description.starts_with("Object contains a property that could not be validated")) {
    return ViolationKind::UnknownProperty;
  }
  if (description.starts_with("Missing required property")) {
    if (property != nullptr) *property = std::string(between(description, '\''));
    return ViolationKind::MissingProperty;
  }
  if (description.starts_with("Value type not permitted")) return ViolationKind::WrongType;
  if (description.starts_with("Failed to match against any enum values")) return ViolationKind::NotInEnum;
  if (description.starts_with("Failed to match regex") || description.starts_with("String should be no") ||
      description.starts_with("Target should not validate against schema specified in 'not'")) {
    return ViolationKind::BadFormat;
  }
  if (description.starts_with("Expected number") || description.starts_with("Array should contain no")) {
    return ViolationKind::OutOfRange;
  }
  return std::nullopt;
}

std::vector<Violation> findViolations(const SchemaScope& scope) {
  const TaskDefinitionSchema& schema = TaskDefinitionSchema::instance();
  const ConformanceSchema::Index fast = schema.conformanceIndex(scope.kind());
  if (schema.conformance().conforms(scope.document(), scope.root(), fast, scope.dialect())) return {};
  ViolationCollector collector(scope, schema.valijsonSubschema(scope.kind()));
  collector.walk(scope.root(), fast);
  return collector.take();
}

}  // namespace ecslint
