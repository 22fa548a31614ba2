#include "schema/violations.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "schema/compiled_subschemas.h"
#include "schema/task_definition_schema.h"
#include "schema/templated_value.h"

namespace ecslint {
namespace {

// One Validator per thread for the whole process: it caches the compiled std::regex of every
// pattern, which costs far more to build than to run.
valijson::Validator& validator() {
  thread_local valijson::Validator instance(valijson::Validator::kStrongTypes);
  return instance;
}

// Finds the node a valijson error context names ({"<root>", "[containerDefinitions]", "[0]"}).
// Children of a parent are indexed once, so a document with many errors in one large array or
// object still costs linear time.
class ContextResolver {
 public:
  explicit ContextResolver(const JsonDocument& document) : document_(document) {}

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
    const rapidjson::Value& value = document_.value(parent);
    if (!value.IsArray() && !value.IsObject()) return kNoNode;
    auto [it, inserted] = children_.try_emplace(parent);
    Children& children = it->second;
    if (inserted) {
      for (NodeId c = document_.firstChild(parent); c != kNoNode; c = document_.nextSibling(c)) {
        if (value.IsArray()) {
          children.elements.push_back(c);
        } else {
          children.members[document_.keyName(c)] = c;
        }
      }
    }
    if (value.IsObject()) {
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

  const JsonDocument& document_;
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
        resolver_(document_) {
    valijsonSubschemas_.emplace(scope.root(), &rootSubschema);
  }

  // `node` does not conform to subschema `fast`.
  void walk(NodeId node, ConformanceSchema::Index fast) {
    const rapidjson::Value& value = document_.value(node);
    if (!conformance_.conformsShallow(value, fast)) {
      // A violation at a null (an empty value, which the empty-value walk reports as ECS006 or
      // ECS010) or at a templated string ("${IMAGE}", filled in before registering) is never
      // explained (explain_violations.cpp), so valijson need not say what is wrong with it.
      if (value.IsNull() || (value.IsString() && looksTemplated(stringValue(value)))) return;
      if (const valijson::Subschema* subschema = valijsonSubschemaAt(node)) validate(node, value, *subschema);
      return;
    }
    walkChildren(node, fast);
  }

  std::vector<Violation> take() { return std::move(violations_); }

 private:
  static constexpr std::uint32_t kLargeSubtree = 4096;

  // Every member or element of `node` that does not conform to its subschema (one without is
  // unconstrained, or not allowed at all, which is its parent's own failure), or only those of
  // them in `only`.
  void walkChildren(NodeId node, ConformanceSchema::Index fast, const std::vector<NodeId>& only = {}) {
    const bool array = document_.value(node).IsArray();
    for (NodeId child = document_.firstChild(node); child != kNoNode; child = document_.nextSibling(child)) {
      if (!only.empty() && std::find(only.begin(), only.end(), child) == only.end()) continue;
      const auto childFast =
          array ? conformance_.items(fast) : conformance_.property(fast, document_.keyName(child));
      if (childFast && !conformance_.conforms(document_.value(child), *childFast)) walk(child, *childFast);
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
      subschema = document_.value(parent).IsArray()
                      ? compiledItems(*parentSubschema)
                      : compiledProperty(*parentSubschema, document_.keyName(node));
    }
    valijsonSubschemas_.emplace(node, subschema);
    return subschema;
  }

  void validate(NodeId node, const rapidjson::Value& value, const valijson::Subschema& subschema) {
    if (document_.node(node).subtreeSize <= kLargeSubtree || (!value.IsArray() && !value.IsObject())) {
      collectErrors(node, value, subschema, {});
    } else if (value.IsArray()) {
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
    if (maxItems && static_cast<double>(document_.value(node).Size()) > *maxItems) {
      violations_.push_back(Violation{ViolationKind::OutOfRange, node, {}});
    }
    if (const auto fast = fastSubschemaAt(node)) walkChildren(node, *fast);
  }

  void validateLargeObject(NodeId node, const valijson::Subschema& subschema) {
    rapidjson::Document shallow(rapidjson::kObjectType);
    std::vector<NodeId> large;
    for (NodeId member = document_.firstChild(node); member != kNoNode;
         member = document_.nextSibling(member)) {
      const rapidjson::Value& value = document_.value(member);
      const std::string_view key = document_.keyName(member);
      rapidjson::Value name(key.data(), static_cast<rapidjson::SizeType>(key.size()), shallow.GetAllocator());
      if (document_.node(member).subtreeSize > kLargeSubtree) {
        large.push_back(member);
        shallow.AddMember(name,
                          rapidjson::Value(value.IsArray() ? rapidjson::kArrayType : rapidjson::kObjectType),
                          shallow.GetAllocator());
      } else {
        shallow.AddMember(name, rapidjson::Value(value, shallow.GetAllocator()), shallow.GetAllocator());
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
    return document_.value(parent).IsArray() ? conformance_.items(*parentFast)
                                             : conformance_.property(*parentFast, document_.keyName(node));
  }

  const SchemaScope& scope_;
  const JsonDocument& document_;
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
  if (schema.conformance().conforms(scope.document().value(scope.root()), fast)) return {};
  ViolationCollector collector(scope, schema.valijsonSubschema(scope.kind()));
  collector.walk(scope.root(), fast);
  return collector.take();
}

}  // namespace ecslint
