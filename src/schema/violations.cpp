#include "schema/violations.h"

#include <charconv>
#include <unordered_map>

#include "support/valijson.h"

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

std::vector<Violation> findViolations(const JsonDocument& document, NodeId node,
                                      const valijson::Subschema& subschema) {
  const valijson::adapters::RapidJsonAdapter target(document.value(node));
  if (validator().validate(subschema, target, nullptr)) return {};

  valijson::ValidationResults results;
  validator().validate(subschema, target, &results);
  ContextResolver resolver(document);
  std::vector<Violation> violations;
  for (const valijson::ValidationResults::Error& error : results) {
    std::string property;
    const std::optional<ViolationKind> kind = classifyValijsonError(error.description, &property);
    if (!kind) continue;
    const NodeId at = resolver.resolve(node, error.context);
    if (at != kNoNode) violations.push_back(Violation{*kind, at, std::move(property)});
  }
  return violations;
}

}  // namespace ecslint
