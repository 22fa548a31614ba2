#include "lsp/stdio_server.h"

#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "lsp/server.h"

namespace ecslint::lsp {
namespace {

bool writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace

int serveLanguageServer(int input, int output) {
  // A client that goes away while the server writes ends the session; it is not a crash.
  ::signal(SIGPIPE, SIG_IGN);
  LanguageServer server([output](std::string_view framed) { return writeAll(output, framed); });
  char buffer[1 << 16];
  while (!server.finished()) {
    int timeout = -1;
    if (const auto next = server.nextLintAt()) {
      const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*next - Clock::now()).count();
      timeout = static_cast<int>(std::clamp<long long>(wait, 0, 60'000));
    }
    pollfd readable{input, POLLIN, 0};
    const int ready = ::poll(&readable, 1, timeout);
    if (ready < 0 && errno != EINTR) return 1;
    if (ready > 0) {
      const ssize_t n = ::read(input, buffer, sizeof buffer);
      if (n == 0) {
        server.endOfInput();
        break;
      }
      if (n < 0 && errno != EINTR && errno != EAGAIN) return 1;
      if (n > 0) server.receive(std::string_view(buffer, static_cast<std::size_t>(n)), Clock::now());
    }
    server.lintDue(Clock::now());
  }
  return server.exitCode();
}

}  // namespace ecslint::lsp
