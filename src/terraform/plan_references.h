#pragma once
// Which planned resource instance a value of a Terraform plan names, as the stack template needs it
// (stack_template.h): by the value itself when the plan knows it (it equals another instance's `id`
// or `arn`), or, when the plan does not (`after_unknown`), by the references Terraform records for the
// attribute's expression in the plan's `configuration` section.
//
// Precision over recall: a reference names something only when every reference of the expression
// names a managed resource of the plan and the instances it means are decided (`count.index`,
// `each.key`, `var.x`, `local.x`, `data.x` and module outputs are not): otherwise nothing, and the
// rules stay silent.
// Format: https://developer.hashicorp.com/terraform/internals/json-format ("Expression Representation")

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/document.h"
#include "terraform/plan_resources.h"

namespace ecslint {

// One planned instance a value names, and which of its attributes ("" when the expression names
// the instance without one, as `[for s in aws_subnet.private : s.id]` records only
// `aws_subnet.private`).
struct PlanTarget {
  std::uint32_t resource = 0;  // index into the resources the index was built from
  std::string_view attribute;
};

// A resource address without its instance keys: `module.api["blue"].aws_subnet.private[0]` ->
// `module.api.aws_subnet.private`, as the configuration section names things. Keys may be quoted
// strings holding brackets; an unclosed one ends the address.
std::string withoutInstanceKeys(std::string_view address);

class PlanReferences {
 public:
  // Both must outlive the index. Linear in the plan (one pass over the configuration's modules).
  PlanReferences(const Document& plan, std::span<const PlanResource> resources);

  // The instance whose known `id` or `arn` (or `name`, for the types a name names: roles, log
  // groups) is `text`, other than `self`, when exactly one has it; its attribute is the first of
  // "id", "arn", "name" that matched.
  std::optional<PlanTarget> byValue(std::string_view text, std::uint32_t self) const;

  // The `expressions` object of a resource's configuration block, or kNoNode.
  NodeId expressions(std::uint32_t resource) const;

  // What the expression `{"references": [...]}` names, relative to the module of `from`: the
  // instances in plan order, each once. Nothing when the expression has no references, one of
  // them names anything but a resource instance (or all instances of a resource) of the plan, or
  // they name more than `limit` instances (the cost of a call stays bounded by the expression).
  std::optional<std::vector<PlanTarget>> resolve(std::uint32_t from, NodeId expression,
                                                 std::size_t limit = kMaxTargets) const;

  // More instances than any list a stack reader reads holds (a service takes 16 subnets and 5
  // security groups, an endpoint a few route tables): beyond it a reference is not followed.
  static constexpr std::size_t kMaxTargets = 64;

 private:
  void indexConfiguration();

  const Document& plan_;
  std::span<const PlanResource> resources_;
  // Instances by their address without the instance key: `aws_subnet.private` -> [0], [1].
  std::unordered_map<std::string, std::vector<std::uint32_t>> byBase_;
  std::unordered_map<std::string_view, std::uint32_t> byAddress_;
  // Known `id`, `arn` (and `name`) values and whose they are; `ambiguous` when two instances share one.
  struct ValueOwner {
    std::uint32_t resource = 0;
    std::string_view attribute;
    bool ambiguous = false;
  };
  std::unordered_map<std::string_view, ValueOwner> byValue_;
  // Configuration blocks by module path (without keys) and resource: `module.api.aws_iam_role.exec`.
  std::unordered_map<std::string, NodeId> configuration_;
};

}  // namespace ecslint
