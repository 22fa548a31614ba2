#pragma once
// Where a run's report goes: standard output (standard error with `--fix -`), or the -o FILE,
// which is written through a temporary file beside it and renamed over it when the run has
// finished. So a run that stops early (a bad configuration, an output that is also an input)
// leaves an existing report as it was, and no run leaves a half-written one (except an
// interrupted one whose report sits in a directory ecslint may not create files in: that report
// is overwritten in place).

#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "cli/atomic_write.h"
#include "cli/fd_output.h"
#include "cli/file_identity.h"
#include "message/language.h"

namespace ecslint {

class ReportOutput {
 public:
  // `path` empty: the report goes to `fd`.
  ReportOutput(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  ~ReportOutput();

  // The existing regular file -o names, links followed (nullopt: none, or a stream): a run must not
  // read it as an input or a configuration.
  std::optional<FileIdentity> existingFile() const;

  // Creates the temporary file (or opens a -o that is not a regular file, such as /dev/null or a
  // FIFO, to write it directly). The error is a message for standard error.
  // Its errors, and commit()'s, are in `language`.
  Result<void, std::string> open(Language language = Language::English);
  bool isOpen() const { return output_ != nullptr; }
  std::ostream& stream() { return output_->stream(); }

  // Everything written: flushed, and the temporary file renamed over -o. The error is a message
  // for standard error.
  Result<void, std::string> commit();

 private:
  // "cannot write the report to WHERE: ERROR".
  std::string cannotWrite(const std::string& error) const;
  std::string path_;
  int fd_;
  std::unique_ptr<TemporaryFile> temporary_;
  int openedFd_ = -1;              // a -o that is written directly
  bool truncateAtCommit_ = false;  // ... over its old content
  Language language_ = Language::English;
  std::unique_ptr<FdOutput> output_;
};

}  // namespace ecslint
