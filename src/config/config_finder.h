#pragma once
// Which .ecslint.json governs a file: the nearest one in the file's directory or above it, up to
// the repository's root (the first directory holding a `.git` directory or file), found once per
// directory and parsed once per file, however many files share it.

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "config/config.h"

namespace ecslint {

class ConfigFinder {
 public:
  explicit ConfigFinder(const RuleCatalogue& catalogue, Language language = Language::English)
      : catalogue_(catalogue), language_(language) {}

  // The configuration for a file in `directory` (relative to the working directory, or absolute):
  // nullptr when no directory up to the repository's root (or the file system's) holds a
  // .ecslint.json; an error when the nearest one
  // cannot be read or is invalid.
  Result<const Config*, std::string> forDirectory(const std::filesystem::path& directory);

 private:
  Result<const Config*, std::string> load(const std::filesystem::path& file);

  const RuleCatalogue& catalogue_;
  Language language_;  // of its errors
  std::map<std::filesystem::path, const Config*> byDirectory_;
  std::map<std::filesystem::path, std::unique_ptr<Config>> loaded_;
};

}  // namespace ecslint
