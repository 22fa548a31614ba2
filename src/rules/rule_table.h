#pragma once
// The explicit table of rule implementations (hadolint style: no self-registration). Every
// catalogue entry has exactly one row and every row a catalogue entry; a test enforces it.

#include <span>
#include <string_view>

#include "check/rule_context.h"
#include "stack/stack_context.h"

namespace ecslint {

// Where a rule is implemented.
enum class RuleStage {
  Parse,       // by the JSON loader (ECS001, ECS002, ECS014, ECS015)
  InputShape,  // by input-shape detection (ECS013)
  Schema,      // by JSON Schema validation (ECS003-ECS008, ECS010)
  Check,       // by a C++ check on the task-definition model
  Stack,       // by a C++ check on a template's graph (ECS8xx)
  Suppressor,  // by the suppression step, after every other rule (ECS012)
};

using CheckFunction = void (*)(RuleContext&);

struct RuleImplementation {
  std::string_view id;
  RuleStage stage;
  CheckFunction check;              // for RuleStage::Check only
  StackCheckFunction stackCheck{};  // for RuleStage::Stack only
};

std::span<const RuleImplementation> ruleImplementations();

}  // namespace ecslint
