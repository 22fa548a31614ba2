#pragma once
// SIGINT, SIGTERM and SIGHUP while ecslint writes files: the temporary files it is writing are
// removed before it dies, and a file being rewritten in place is finished first, so an interrupted
// run leaves neither stray ".NAME.ecslint-XXXXXX" files nor a half-written file. (SIGKILL cannot be
// caught: temporary files are unnamed where the file system allows, see TemporaryFile.)

#include <cstddef>

namespace ecslint {

// Installs the handlers (once per process; later calls do nothing).
void installSignalCleanup();

// While alive, `path` is removed if the process is killed by one of those signals. `path` must
// stay valid until the registration ends.
class TemporaryPathRegistration {
 public:
  explicit TemporaryPathRegistration(const char* path);
  ~TemporaryPathRegistration();
  TemporaryPathRegistration(const TemporaryPathRegistration&) = delete;
  TemporaryPathRegistration& operator=(const TemporaryPathRegistration&) = delete;

 private:
  std::size_t slot_;
};

// While alive, those signals are held back: the process dies when the last guard ends.
class SignalsDeferred {
 public:
  SignalsDeferred();
  ~SignalsDeferred();
  SignalsDeferred(const SignalsDeferred&) = delete;
  SignalsDeferred& operator=(const SignalsDeferred&) = delete;
};

}  // namespace ecslint
