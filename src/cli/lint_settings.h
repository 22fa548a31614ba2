#pragma once
// How each file is linted: the configuration that governs it (--config, or the nearest
// .ecslint.json above it), the Linter that this configuration and the command line make together,
// and the configuration's per_file_ignores entries that match the file.
//
// The command line wins over the file: --select replaces the file's select and ignore (as in
// Ruff, a later select starts over), --ignore adds to its ignore, --launch-type replaces its
// launch_type.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/input_files.h"
#include "cli/options.h"
#include "config/config_finder.h"
#include "engine/linter.h"

namespace ecslint {

// Which per_file_ignores entry and rule an ExternalIgnore came from.
struct IgnoreOrigin {
  std::size_t entry;
  std::size_t rule;
};

class LintSettings {
 public:
  LintSettings(const RuleCatalogue& catalogue, const Options& options);

  // A mistake in the command line's own --select/--ignore, or in --config.
  std::optional<std::string> check();

  // The configuration for an input (nullptr: none).
  Result<const Config*, std::string> configFor(const InputFile& input);
  // The linter for a configuration (built once per configuration).
  Result<const Linter*, std::string> linterFor(const Config* config);
  // The per_file_ignores selectors that apply to `input`, and where each came from.
  std::vector<ExternalIgnore> ignoresFor(const Config* config, const InputFile& input,
                                         std::vector<IgnoreOrigin>& origins) const;

 private:
  Result<const Config*, std::string> findConfigFor(const InputFile& input);

  const RuleCatalogue& catalogue_;
  const Options& options_;
  ConfigFinder finder_;
  std::unordered_map<std::string, const Config*> configByDirectoryText_;
  std::unique_ptr<Config> explicitConfig_;
  std::map<const Config*, std::unique_ptr<Linter>> linters_;
};

// ECS012 for per_file_ignores entries that name one file (see PerFileIgnore::namesOneFile) and
// suppressed nothing in it during the run: one FileReport per configuration file concerned.
class StaleConfigIgnores {
 public:
  // After linting a file: which of its ignores matched a finding.
  void record(const Config* config, const std::vector<IgnoreOrigin>& origins, const std::vector<bool>& used);
  std::vector<FileReport> reports(LintSettings& settings) const;

 private:
  struct Usage {
    bool matchedFile = false;
    bool used = false;
  };
  // In the order configurations were first seen, so reports come out in a stable order.
  std::vector<std::pair<const Config*, std::map<std::pair<std::size_t, std::size_t>, Usage>>> usage_;
};

}  // namespace ecslint
