#pragma once
// Reads one container definition into the model.

#include "model/field_reader.h"

namespace ecslint {

Container readContainer(const FieldReader& reader, NodeId node);

// The mappings of a sequence, each read by `read` (other elements are skipped: the schema reports
// them, or they are intrinsics ecslint cannot look into).
template <class Read>
auto readObjects(const FieldReader& reader, NodeId array, Read&& read) {
  std::vector<decltype(read(array))> items;
  forEachChild(reader, array, [&](NodeId element) {
    if (reader.isMapping(element)) items.push_back(read(element));
  });
  return items;
}

}  // namespace ecslint
