#pragma once
// .ecslint.json: a project's settings, in the format ecslint already parses. Every key and value is
// checked; a mistake is an error with its line and column and the closest valid spelling, never
// silently ignored (the command line turns it into exit status 2).
//
//   {
//     "select": ["ECS1", "ECS705"],              rules to run instead of the defaults
//     "ignore": ["missing-log-configuration"],   rules not to run
//     "severity": {"ECS301": "error"},           per-rule severity (ids, names or prefixes)
//     "per_file_ignores": {                      suppressions by file glob, optionally narrowed
//       "legacy/**/*.json": ["ECS301"],          to a JSON pointer after '#'
//       "services/web.json#/containerDefinitions/1": ["ECS707"]
//     },
//     "launch_type": "FARGATE",                  assumed when a file does not say
//     "lang": "ja",                              messages in Japanese (or "en"); --lang wins
//     "registered_with": "deploy-action",        or "aws-cli" (the default): engine/registered_with.h
//     "rule_options": {
//       "ECS707": {"trusted_registries": ["123456789012.dkr.ecr.*.amazonaws.com"]},
//       "ECS702": {"secret_name_patterns": ["*PASSPHRASE*"]}
//     }
//   }

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "catalogue/rule_catalogue.h"
#include "check/rule_options.h"
#include "message/language.h"
#include "model/task_definition.h"
#include "source/source_text.h"
#include "support/result.h"

namespace ecslint {

inline constexpr std::string_view kConfigFileName = ".ecslint.json";

// One rule selector of a per_file_ignores entry.
struct ConfigIgnoreRule {
  std::string selector;                // as written: "ECS707", "mutable-image-tag", "ECS7"
  std::vector<const RuleInfo*> rules;  // what it names
  ByteRange range;                     // the selector's string in the configuration file
  std::string pointer;                 // and its JSON pointer there
};

struct PerFileIgnore {
  std::string key;        // as written: "services/web.json#/containerDefinitions/1"
  std::string glob;       // before '#', without a leading "./"
  bool anchored = false;  // the key has a '/' (or starts with "./"): matched against the path relative
                          // to the configuration's directory; otherwise against the file name alone
  std::string pointer;    // after '#': only findings at or under it ("" for the whole file)
  std::vector<ConfigIgnoreRule> rules;

  // A key that names one file (anchored, no wildcard): an entry of it that suppresses
  // nothing in that file is reported (ECS012). Globs match many files, so they are not judged.
  bool namesOneFile() const;
  bool matches(const std::filesystem::path& relativePath) const;
};

struct Config {
  std::unique_ptr<SourceText> source;  // the file as read (for positions in ECS012 findings)
  std::filesystem::path directory;     // absolute; the base of per_file_ignores globs

  std::optional<std::vector<std::string>> select;  // absent: the catalogue's defaults
  std::vector<std::string> ignore;
  // Per-rule severity, resolved to rules and ordered so that an exact id or name overrides a
  // prefix whatever the order in the file.
  std::vector<std::pair<const RuleInfo*, Severity>> severities;
  std::vector<PerFileIgnore> perFileIgnores;
  std::optional<LaunchType> launchType;
  std::optional<Language> language;  // "lang"
  RuleOptions ruleOptions;

  const std::string& path() const { return source->name(); }
};

// Parses the configuration `bytes` read from `path`. The error reads
// "PATH:LINE:COLUMN: what is wrong; did you mean '...'?" in `language`.
Result<Config, std::string> parseConfig(const RuleCatalogue& catalogue, const std::string& path,
                                        std::string bytes, Language language = Language::English);

// The largest configuration file read: the same limit as for a linted file (InputLimits).
inline constexpr std::size_t kMaxConfigBytes = std::size_t{16} << 20;

// Reads and parses a configuration file: a regular file of at most kMaxConfigBytes, or the error
// "PATH: cannot read the configuration: REASON" in `language`.
Result<Config, std::string> loadConfig(const RuleCatalogue& catalogue, const std::string& path,
                                       Language language = Language::English);

}  // namespace ecslint
