#pragma once
// Writing files without ever destroying one: --fix replaces a file's content only when it is still
// the regular file that was read, and the report (-o) appears whole at the end of a run or not at
// all.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/file_identity.h"
#include "cli/signal_cleanup.h"
#include "message/language.h"
#include "support/result.h"

namespace ecslint {

// `path` with every symbolic link followed (the directories' and the file's own), as an absolute
// path. Refuses a path that passes through /proc (/dev/stdin, /dev/fd/3): such a link names an
// open descriptor, not a place where a file can be replaced. A missing last component is not an
// error. The error is a sentence.
Result<std::string, std::string> resolveLinks(const std::string& path, Language language = Language::English);

// A new, empty file (mode 0600) in the directory of `target`: unnamed (O_TMPFILE) where the file
// system allows, so nothing is left behind whatever ends the process, else ".NAME.ecslint-XXXXXX",
// removed when the object is destroyed or the process is interrupted (signal_cleanup.h). commit()
// names it (if unnamed) and renames it over `target`.
class TemporaryFile {
 public:
  // `target` as resolveLinks returns it. The error is an errno value.
  static Result<std::unique_ptr<TemporaryFile>, int> create(const std::string& target);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  int fd() const { return fd_; }
  // Flushes it to disk (fsync), closes it and renames it over the target, then makes the rename
  // durable. Returns 0 or an errno value (the temporary file is then still there, for the
  // destructor to remove).
  int commit();

 private:
  TemporaryFile(std::string target, std::vector<char> path, int fd);
  // ".NAME.ecslint-SUFFIX" beside the target.
  static std::vector<char> nameFor(const std::string& target, std::string_view suffix);
  int linkUnnamed();  // gives the unnamed file a name

  std::string target_;
  std::vector<char> path_;  // NUL-terminated, the signal handler reads it; empty while unnamed
  int fd_;
  bool committed_ = false;
  std::optional<TemporaryPathRegistration> registration_;
};

// Replaces the content of the regular file at `path` with `bytes`, if it is still the file that
// was read (`read`). Through a temporary file renamed over it when that keeps everything else
// about the file (owner, group, mode, extended attributes and ACLs, its other hard links): readers
// then see the old content or the new, and a failure leaves the original untouched. Otherwise, as
// vim's 'backupcopy' "auto" does, in place: the file was read whole, space for the new content is
// reserved before the first byte is overwritten, and interrupting signals wait until it is done.
// That is the case for a file with several hard links, one whose owner, group or extended
// attributes the temporary file cannot take, and a writable file in a directory where ecslint may
// not create or rename files (read-only, or sticky and owned by someone else).
// Refused: anything but a regular file (a device, a FIFO: writing there is not fixing a file), a
// path through /proc, a read-only file (no write permission bit: someone chose that), a file
// ecslint may not write. The error is a sentence such as "Permission denied".
Result<void, std::string> replaceFileContent(const std::string& path, std::string_view bytes,
                                             FileIdentity read, Language language = Language::English);

}  // namespace ecslint
