#pragma once
// The commands run() dispatches to, one file each.

#include <ostream>

#include "cli/options.h"

namespace ecslint {

// Lints options.paths and writes the report; returns the exit status.
int lint(const Options& options, std::ostream& out, bool toTerminal);

// Writes docs/rules/ (one page per rule and an index) into `directory`, removing pages of rules
// that no longer exist; returns the exit status.
int writeRuleDocs(const std::string& directory, std::ostream& out);

}  // namespace ecslint
