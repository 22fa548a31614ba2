#include "stack/stack_context.h"

#include <algorithm>

namespace ecslint {

// The linter builds the models in the template's order, so by increasing resource node: a
// binary search keeps a template of many services and tasks linear-logarithmic.
const TaskDefinition* StackContext::task(const TemplateResource* resource) const {
  if (resource == nullptr) return nullptr;
  const auto found =
      std::lower_bound(tasks.begin(), tasks.end(), resource->node,
                       [](const TaskDefinition& task, NodeId node) { return task.origin.resource < node; });
  return found != tasks.end() && found->origin.resource == resource->node ? &*found : nullptr;
}

}  // namespace ecslint
