#include "schema/schema_reference.h"

#include <algorithm>
#include <string>

namespace ecslint {
namespace {

// The value a local reference (a "#" fragment holding a JSON Pointer, "~0" and "~1" unescaped)
// names inside `root`, or nullptr when it is not local or names nothing.
const rapidjson::Value* resolveSchemaReference(const rapidjson::Value& root, std::string_view reference) {
  if (!reference.starts_with("#")) return nullptr;
  reference.remove_prefix(1);
  const rapidjson::Value* current = &root;
  while (!reference.empty()) {
    if (reference.front() != '/' || !current->IsObject()) return nullptr;
    reference.remove_prefix(1);
    const std::size_t end = std::min(reference.find('/'), reference.size());
    std::string token(reference.substr(0, end));
    reference.remove_prefix(end);
    for (std::size_t at = token.find('~'); at != std::string::npos; at = token.find('~', at + 1)) {
      if (at + 1 < token.size()) token.replace(at, 2, token[at + 1] == '1' ? "/" : "~");
    }
    const auto next = current->FindMember(rapidjson::Value(
        rapidjson::StringRef(token.c_str(), static_cast<rapidjson::SizeType>(token.size()))));
    if (next == current->MemberEnd()) return nullptr;
    current = &next->value;
  }
  return current;
}

// Chains of references are short in a real schema; the bound stops a loop.
constexpr int kMaxReferenceHops = 16;

const rapidjson::Value* referenceOf(const rapidjson::Value& node) {
  if (!node.IsObject()) return nullptr;
  const auto reference = node.FindMember("$ref");
  return reference == node.MemberEnd() ? nullptr : &reference->value;
}

}  // namespace

SchemaReferences::SchemaReferences(const rapidjson::Value& root) : root_(root) { collect(root); }

void SchemaReferences::collect(const rapidjson::Value& node) {
  if (node.IsArray()) {
    for (const auto& element : node.GetArray()) collect(element);
    return;
  }
  if (!node.IsObject()) return;
  if (referenceOf(node) != nullptr) {
    const rapidjson::Value* target = &node;
    for (int hops = 0; target != nullptr && referenceOf(*target) != nullptr; ++hops) {
      const rapidjson::Value& reference = *referenceOf(*target);
      target = hops == kMaxReferenceHops || !reference.IsString()
                   ? nullptr
                   : resolveSchemaReference(root_, {reference.GetString(), reference.GetStringLength()});
    }
    targets_.emplace(&node, target);
  }
  for (const auto& member : node.GetObject()) collect(member.value);
}

}  // namespace ecslint
