#pragma once
// Members of many mappings looked up by name in logarithmic time. Document::member scans a
// mapping, which is right for a task definition's few members but not for what a template reads
// once per reference: its Mappings section (every Fn::FindInMap) and an Fn::Sub variable map (every
// `${Var}` of the string), where a hostile file makes the scan quadratic.

#include <string_view>
#include <vector>

#include "document/document.h"

namespace ecslint {

class MemberIndex {
 public:
  // Indexes the members of `mapping` (nothing when it is not a mapping), with Document::member's
  // precedence: a mapping's own last member of a name, else the first merged one.
  void add(const Document& document, NodeId mapping);
  // Sorts what was added; call once, before find.
  void finish();
  // The member named `name` of an added mapping, or kNoNode.
  NodeId find(NodeId mapping, std::string_view name) const;

 private:
  struct Entry {
    NodeId mapping = kNoNode;
    std::string_view name;
    NodeId member = kNoNode;
  };
  std::vector<Entry> entries_;
};

}  // namespace ecslint
