#include "cli/read_input.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ecslint {

Result<InputBytes, std::string> readInput(const InputFile& input, std::size_t limit) {
  const int fd = input.standardInput ? STDIN_FILENO : ::open(input.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return makeError(std::string(std::strerror(errno)));
  InputBytes result;
  struct stat status {};
  if (!input.standardInput && ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode)) {
    result.regularFile = identityOf(status);
  }
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string error = std::strerror(errno);
      if (!input.standardInput) ::close(fd);
      return makeError(std::move(error));
    }
    result.bytes.append(buffer, static_cast<std::size_t>(n));
    if (result.bytes.size() > limit) {
      result.complete = false;
      break;
    }
  }
  if (!input.standardInput) ::close(fd);
  return result;
}

}  // namespace ecslint
