#pragma once
// The commands run() dispatches to, one file each.

#include <ostream>

#include "cli/options.h"
#include "cli/report_output.h"

namespace ecslint {

// Lints options.paths and writes the report into `output`, which it opens once the run is known to
// produce one (a bad configuration stops it before); returns the exit status.
int lint(const Options& options, ReportOutput& output, bool toTerminal);

// Writes docs/rules/ (one page per rule and an index) into `directory`, removing pages of rules
// that no longer exist; returns the exit status.
int writeRuleDocs(const std::string& directory, std::ostream& out, Language language);

}  // namespace ecslint
