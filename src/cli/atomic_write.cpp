#include "cli/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace ecslint {
namespace {

std::string lastError() { return std::strerror(errno); }

bool writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

Result<void, std::string> writeFileAtomically(const std::string& path, std::string_view bytes) {
  char resolved[PATH_MAX];
  if (::realpath(path.c_str(), resolved) == nullptr) return makeError(lastError());
  const std::string target = resolved;
  struct stat original {};
  if (::stat(target.c_str(), &original) != 0) return makeError(lastError());

  const std::size_t slash = target.rfind('/');
  const std::string directory = target.substr(0, slash + 1);
  const std::string pattern = directory + "." + target.substr(slash + 1) + ".ecslint-XXXXXX";
  std::vector<char> temporary(pattern.begin(), pattern.end());
  temporary.push_back('\0');
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) return makeError(lastError());
  const auto fail = [&]() -> Result<void, std::string> {
    std::string error = lastError();
    ::close(fd);
    ::unlink(temporary.data());
    return makeError(std::move(error));
  };
  if (!writeAll(fd, bytes)) return fail();
  // mkstemp creates the file 0600 and owned by us: give it the original's owner when the process
  // may (an owner it cannot restore is not an error), then its mode (chown clears set-id bits).
  if (original.st_uid != ::geteuid() || original.st_gid != ::getegid()) {
    [[maybe_unused]] const int ignored = ::fchown(fd, original.st_uid, original.st_gid);
  }
  if (::fchmod(fd, original.st_mode & 07777) != 0) return fail();
  if (::fsync(fd) != 0) return fail();
  if (::close(fd) != 0) {
    std::string error = lastError();
    ::unlink(temporary.data());
    return makeError(std::move(error));
  }
  if (::rename(temporary.data(), target.c_str()) != 0) {
    std::string error = lastError();
    ::unlink(temporary.data());
    return makeError(std::move(error));
  }
  // Make the rename itself durable.
  if (const int dir = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return {};
}

}  // namespace ecslint
