#pragma once
// The git commit ecslint was built from ("unknown" outside a git checkout), for --version. Defined in
// a file cmake/GitCommit.cmake generates on every build and links into the executable only, so a new
// commit recompiles that one file.

namespace ecslint {

extern const char* const kGitCommit;

}  // namespace ecslint
