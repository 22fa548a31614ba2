#include "config/config_finder.h"

#include <vector>

namespace ecslint {

namespace fs = std::filesystem;

Result<const Config*, std::string> ConfigFinder::load(const fs::path& file) {
  if (const auto it = loaded_.find(file); it != loaded_.end()) return it->second.get();
  // Shown in reports relative to the working directory when it is below it, as input paths are.
  std::error_code error;
  const fs::path relative = file.lexically_relative(fs::current_path(error));
  const bool below = !error && !relative.empty() && *relative.begin() != "..";
  auto config = loadConfig(catalogue_, below ? relative.string() : file.string(), language_);
  if (!config) return makeError(config.error());
  auto& slot = loaded_[file];
  slot = std::make_unique<Config>(std::move(*config));
  return slot.get();
}

Result<const Config*, std::string> ConfigFinder::forDirectory(const fs::path& directory) {
  std::error_code error;
  fs::path current = fs::absolute(directory.empty() ? fs::path(".") : directory, error).lexically_normal();
  if (error) return makeError(directory.string() + ": " + error.message());
  // "/a/b/" normalises to "/a/b/", whose parent is "/a/b": drop the empty last element.
  if (!current.has_filename() && current != current.root_path()) current = current.parent_path();
  // Walk up until a directory already seen or one with a configuration; remember the answer for
  // every directory on the way, so each is looked at once per run.
  std::vector<fs::path> visited;
  const Config* found = nullptr;
  for (;;) {
    if (const auto it = byDirectory_.find(current); it != byDirectory_.end()) {
      found = it->second;
      break;
    }
    visited.push_back(current);
    const fs::path candidate = current / kConfigFileName;
    // Anything by that name is the configuration: one that cannot be read (a directory, a FIFO, a
    // dangling link) is an error, not a reason to look further up.
    std::error_code statError;
    if (fs::exists(fs::symlink_status(candidate, statError))) {
      auto config = load(candidate);
      if (!config) return makeError(config.error());
      found = *config;
      break;
    }
    // The repository's root is as far as it goes (as ruff and eslint do): a stray .ecslint.json
    // above a checkout must not configure, or silence, the repository. `.git` is a directory, or
    // a file in a worktree or submodule.
    if (fs::exists(fs::symlink_status(current / ".git", statError))) break;
    if (!current.has_parent_path() || current.parent_path() == current) break;
    current = current.parent_path();
  }
  for (const fs::path& seen : visited) byDirectory_[seen] = found;
  return found;
}

}  // namespace ecslint
