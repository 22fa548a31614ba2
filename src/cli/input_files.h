#pragma once
// Expands the paths on the command line into the files to lint.

#include <string>
#include <vector>

namespace ecslint {

struct InputFile {
  std::string path;       // as shown in reports
  bool explicitlyNamed;   // named on the command line (vs found by walking a directory)
  bool standardInput;     // "-"
};

struct InputProblem {
  std::string path;
  std::string message;
};

struct InputFiles {
  std::vector<InputFile> files;
  std::vector<InputProblem> problems;  // paths that do not exist or cannot be listed
};

// Directories are walked recursively for *.json files in sorted order, skipping hidden
// directories (.git, .terraform, ...) and node_modules; directory symlinks are not followed, so
// a symlink loop cannot trap the walk. Directories that cannot be listed and *.json links that loop
// or dangle are problems (exit 2), not silently skipped.
InputFiles collectInputFiles(const std::vector<std::string>& paths, const std::string& stdinName);

}  // namespace ecslint
