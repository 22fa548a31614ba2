#pragma once
// --fix and --diff in a lint run: each file is fixed in memory (engine/fixer.h); --fix writes the
// result back (cli/atomic_write.h), or to standard output for "-" (the report then goes to
// standard error, so `ecslint --fix - < in.json > out.json` works as a filter); --diff writes
// nothing and leaves the printing to DiffReporter.
//
// Only a document that was read whole and parsed as a task definition is ever fixed: a file over
// the size limit, invalid JSON or other JSON is never written (nor printed as a diff), whatever
// its bytes look like after linting, and only a regular file is written back.

#include <optional>
#include <string>
#include <string_view>

#include "cli/input_files.h"
#include "cli/options.h"
#include "cli/read_input.h"
#include "engine/fixer.h"

namespace ecslint {

class FixRun {
 public:
  explicit FixRun(const Options& options) : options_(options) {}

  bool active() const { return options_.fix || options_.diff; }

  // The report of what remains once the file's safe fixes are applied, linting each version of
  // the text with `lint`. A file that cannot be written keeps its content and its report is the
  // original's; `problem` then says why. Safe to call from several threads at once.
  FileReport lint(const InputFile& input, InputBytes read, const LintText& lint, std::string& problem) const;

  // With --fix and "-": what standard output carries for the standard-input document. The fixed
  // document; unchanged input that is not a task definition (a filter never loses what it read); and
  // nothing for input over the size limit, which was not read whole.
  std::optional<std::string_view> document(const FileReport& report, bool readWhole) const;

 private:
  const Options& options_;
};

// What is wrong with the fix options, or "" (--diff prints a patch, not a report format).
std::string fixOptionsProblem(const Options& options);
// --fix with "-": standard output carries the fixed document.
bool fixedDocumentOnStdout(const Options& options);

}  // namespace ecslint
