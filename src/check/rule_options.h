#pragma once
// Settings some rules take from the configuration (`rule_options` in .ecslint.json). A check reads
// them through RuleContext::options(); the defaults are empty and leave every rule's built-in
// behaviour unchanged. Only the rules named here take options; the config loader rejects any
// other rule or option name (config/config.cpp, kRuleOptionKeys).

#include <string>
#include <string_view>
#include <vector>

#include "check/registered_with.h"

namespace ecslint {

struct RuleOptions {
  // ECS707 mutable-image-tag, option "trusted_registries": registries, or registry/path prefixes,
  // whose tags the team treats as immutable (an ECR repository with tag immutability turned on, an
  // internal registry that never re-pushes a tag). Each entry is a pattern whose '*' matches within
  // one path segment: "123456789012.dkr.ecr.us-east-1.amazonaws.com", "*.dkr.ecr.*.amazonaws.com",
  // "ghcr.io/acme". Docker Hub short names are matched in their full form ("docker.io/library/nginx").
  std::vector<std::string> trustedRegistries;

  // ECS702 secret-in-environment, option "secret_name_patterns": more environment variable names
  // that hold credentials, as case-insensitive globs over the whole name ("*PASSPHRASE*", "DB_DSN";
  // '*' matches any run of characters). They add to the rule's built-in words; the check passes them
  // to detectCredential (rules/credential_detection.h).
  std::vector<std::string> secretNamePatterns;

  // Not a rule option but read like one: which tool registers the file (`registered_with`,
  // --registered-with). Under the deploy action, ECS010 and ECS009 say nothing about what the
  // action removes before registering.
  RegisteredWith registeredWith = RegisteredWith::AwsCli;

  // True when a known image reference comes from a trusted registry: one of trustedRegistries
  // matches the image's repository (tag and digest removed) or one of its leading path segments.
  bool trustsImage(std::string_view image) const;
};

// The empty options every rule sees when no configuration sets any.
const RuleOptions& noRuleOptions();

}  // namespace ecslint
