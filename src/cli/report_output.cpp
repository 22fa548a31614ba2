#include "cli/report_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "message/message_catalogue.h"

namespace ecslint {
namespace {

// The mode a new file gets from open(..., 0666): what the user's umask allows.
mode_t newFileMode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

ReportOutput::~ReportOutput() {
  output_.reset();
  if (openedFd_ >= 0) ::close(openedFd_);
}

std::optional<FileIdentity> ReportOutput::existingFile() const {
  struct stat status {};
  if (path_.empty() || ::stat(path_.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return std::nullopt;
  return identityOf(status);
}

std::string ReportOutput::cannotWrite(const std::string& error) const {
  const std::string where = !path_.empty()         ? path_
                            : fd_ == STDERR_FILENO ? renderMessage(language_, "cli.report.standard-error")
                                                   : renderMessage(language_, "cli.report.standard-output");
  return renderMessage(language_, "cli.report.cannot-write", {{"where", where}, {"error", error}});
}

Result<void, std::string> ReportOutput::open(Language language) {
  language_ = language;
  if (path_.empty()) {
    output_ = std::make_unique<FdOutput>(fd_);
    return {};
  }
  struct stat status {};
  const bool exists = ::stat(path_.c_str(), &status) == 0;
  Result<std::string, std::string> target = makeError(std::string("not a regular file"));
  if (!exists || S_ISREG(status.st_mode)) target = resolveLinks(path_);
  if (!target) {
    // /dev/null, a FIFO, a terminal, /dev/stdout: a stream, not a file to replace.
    openedFd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (openedFd_ < 0) return makeError(cannotWrite(std::strerror(errno)));
    output_ = std::make_unique<FdOutput>(openedFd_);
    return {};
  }
  auto temporary = TemporaryFile::create(*target);
  if (!temporary && exists && (temporary.error() == EACCES || temporary.error() == EPERM)) {
    // A writable report in a directory ecslint may not create files in: overwritten in place, and
    // cut to its new length at the end (never emptied first).
    openedFd_ = ::open(target->c_str(), O_WRONLY | O_CLOEXEC);
    if (openedFd_ < 0) return makeError(cannotWrite(std::strerror(errno)));
    truncateAtCommit_ = true;
    output_ = std::make_unique<FdOutput>(openedFd_);
    return {};
  }
  if (!temporary) return makeError(cannotWrite(std::strerror(temporary.error())));
  temporary_ = std::move(*temporary);
  if (::fchmod(temporary_->fd(), exists ? status.st_mode & 07777 : newFileMode()) != 0) {
    return makeError(cannotWrite(std::strerror(errno)));
  }
  output_ = std::make_unique<FdOutput>(temporary_->fd());
  return {};
}

Result<void, std::string> ReportOutput::commit() {
  if (std::string error = output_->finish(); !error.empty()) return makeError(cannotWrite(error));
  if (truncateAtCommit_) {
    const off_t written = ::lseek(openedFd_, 0, SEEK_CUR);
    if (written < 0 || ::ftruncate(openedFd_, written) != 0) {
      return makeError(cannotWrite(std::strerror(errno)));
    }
  }
  if (temporary_) {
    if (const int error = temporary_->commit(); error != 0) {
      return makeError(cannotWrite(std::strerror(error)));
    }
  }
  return {};
}

}  // namespace ecslint
