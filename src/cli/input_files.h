#pragma once
// Expands the paths on the command line into the files to lint.

#include <optional>
#include <string>
#include <vector>

#include "cli/file_identity.h"
#include "message/language.h"

namespace ecslint {

struct InputFile {
  std::string path;      // as shown in reports
  bool explicitlyNamed;  // named on the command line (vs found by walking a directory)
  bool standardInput;    // "-"
  std::optional<FileIdentity> identity = std::nullopt;  // the file it names, links followed
};

struct InputProblem {
  std::string path;
  std::string message;
};

struct InputFiles {
  std::vector<InputFile> files;
  std::vector<InputProblem> problems;  // paths that do not exist or cannot be listed
};

// Directories are walked recursively for *.json, *.yaml, *.yml and *.template files, depth first with the
// entries of each directory in byte order, so the order is the same on every machine. Hidden entries (.git,
// .terraform, .ecslint.json, ...), VCS directories and node_modules are skipped; symbolic links to
// directories are not followed, so a symlink loop cannot trap the walk. A file reached twice (named
// twice, named and found in a walked directory, or through a symbolic link or hard link to it: the
// same device and inode) is linted once, where it first appears.
// Directories that cannot be listed and links to such files that loop or dangle are problems (exit 2),
// not silently skipped.
InputFiles collectInputFiles(const std::vector<std::string>& paths, const std::string& stdinName,
                             Language language = Language::English);

}  // namespace ecslint
