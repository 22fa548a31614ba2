#pragma once
// The local references ("$ref": "#/definitions/Tag") of a schema document, each followed once.
//
// Explaining findings walks the schema thousands of times per run, and following a reference
// means parsing a JSON Pointer and searching "definitions" member by member; the document never
// changes, so every reference is followed when the schema is loaded and looked up afterwards.

#include <rapidjson/document.h>

#include <string_view>
#include <unordered_map>

namespace ecslint {

class SchemaReferences {
 public:
  // `root` must outlive this object and not change.
  explicit SchemaReferences(const rapidjson::Value& root);

  const rapidjson::Value& root() const { return root_; }
  // `node` itself, or, when it holds a "$ref", the schema at the end of its chain of references
  // (nullptr when one names nothing or the chain loops). As in draft-07, a "$ref" replaces the
  // schema it appears in.
  const rapidjson::Value* follow(const rapidjson::Value& node) const {
    const auto it = targets_.find(&node);
    return it == targets_.end() ? &node : it->second;
  }

 private:
  void collect(const rapidjson::Value& node);

  const rapidjson::Value& root_;
  std::unordered_map<const rapidjson::Value*, const rapidjson::Value*> targets_;
};

}  // namespace ecslint
