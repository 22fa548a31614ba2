#pragma once
// ECS702 with extra name patterns: configuration (rule options) adds project-specific names of
// secrets on top of the built-in words; checkSecretInEnvironment runs it without any.

#include <span>
#include <string>

#include "check/rule_context.h"

namespace ecslint {

void reportSecretsInEnvironment(RuleContext& context, std::span<const std::string> extraNamePatterns);

}  // namespace ecslint
