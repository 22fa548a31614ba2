#pragma once
// The nodes of one Terraform resource instance's planned values in a plan or state document.

#include "document/node_id.h"

namespace ecslint {

struct TerraformValues {
  NodeId after = kNoNode;      // object: resource_changes[].change.after, or a state's `values`
  NodeId unknown = kNoNode;    // after_unknown (same shape; `true` = known only after apply), or kNoNode
  NodeId sensitive = kNoNode;  // after_sensitive / sensitive_values (`true` = sensitive), or kNoNode
};

}  // namespace ecslint
