#pragma once
// Reads one container definition into the model.

#include "model/field_reader.h"

namespace ecslint {

Container readContainer(const FieldReader& reader, NodeId node);

// The objects of an array, each read by `read` (non-objects are skipped: the schema reports them).
template <class Read>
auto readObjects(const FieldReader& reader, NodeId array, Read&& read) {
  std::vector<decltype(read(array))> items;
  forEachChild(reader, array, [&](NodeId element) {
    if (reader.value(element).IsObject()) items.push_back(read(element));
  });
  return items;
}

}  // namespace ecslint
