#pragma once
// --fix and --diff in a lint run: each file is fixed in memory (fix/fixer.h); --fix writes the
// result back atomically, or to standard output for "-" (the report then goes to standard error,
// so `ecslint --fix - < in.json > out.json` works as a filter); --diff writes nothing and leaves
// the printing to DiffReporter.

#include <iosfwd>
#include <string>

#include "cli/input_files.h"
#include "cli/options.h"
#include "fix/fixer.h"

namespace ecslint {

class FixRun {
 public:
  explicit FixRun(const Options& options) : options_(options) {}

  bool active() const { return options_.fix || options_.diff; }

  // The report of what remains once the file's safe fixes are applied, linting each version of
  // the text with `lint`. A file that cannot be written is reported on standard error and keeps
  // its content, and its report is the original's.
  FileReport lint(const InputFile& input, std::string bytes, const LintText& lint);
  bool writeFailed() const { return writeFailed_; }

 private:
  const Options& options_;
  bool writeFailed_ = false;
};

// What is wrong with the fix options, or "" (--diff prints a patch, not a report format).
std::string fixOptionsProblem(const Options& options);
// --fix with "-": standard output carries the fixed document.
bool fixedDocumentOnStdout(const Options& options);

}  // namespace ecslint
