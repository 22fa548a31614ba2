// `ecslint lsp` as an editor runs it: the built executable with pipes for standard input and
// output, bounded by CPU time (a hang is killed; load on the machine cannot fail the test). The
// deadline on reading is only there to catch a server that blocks.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>

#include "cli_runner.h"
#include "lsp_session.h"

namespace ecslint::test {
namespace {

class LspChild {
 public:
  LspChild() {
    int in[2];
    int out[2];
    REQUIRE(pipe2(in, O_CLOEXEC) == 0);
    REQUIRE(pipe2(out, O_CLOEXEC) == 0);
    pid_ = fork();
    if (pid_ == 0) {
      const rlimit cpu{20, 21};
      if (dup2(in[0], STDIN_FILENO) < 0 || dup2(out[1], STDOUT_FILENO) < 0 ||
          setrlimit(RLIMIT_CPU, &cpu) != 0) {
        _exit(125);
      }
      execl(ECSLINT_BINARY, ECSLINT_BINARY, "lsp", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(in[0]);
    close(out[1]);
    input_ = in[1];
    output_ = out[0];
  }
  ~LspChild() {
    closeInput();
    if (pid_ > 0 && !waited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    close(output_);
  }
  LspChild(const LspChild&) = delete;
  LspChild& operator=(const LspChild&) = delete;

  void write(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t n = ::write(input_, bytes.data(), bytes.size());
      REQUIRE(n > 0);
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
  }
  void send(const std::string& json) { write(lsp::frame(json)); }
  void closeInput() {
    if (input_ >= 0) close(input_);
    input_ = -1;
  }
  // Reads messages until one satisfies `done` (returned), or the output ends (nullopt).
  template <typename Predicate>
  std::optional<Json> readUntil(Predicate done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    for (;;) {
      while (auto frame = reader_.next()) {
        REQUIRE(frame->kind == lsp::Frame::Kind::Message);
        Json message;
        message.Parse(frame->body.c_str());
        REQUIRE_FALSE(message.HasParseError());
        if (done(message)) return message;
      }
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      REQUIRE_MESSAGE(left.count() > 0, "the server blocked");
      pollfd readable{output_, POLLIN, 0};
      if (poll(&readable, 1, static_cast<int>(left.count())) <= 0) continue;
      char buffer[65536];
      const ssize_t n = read(output_, buffer, sizeof buffer);
      if (n <= 0) {
        REQUIRE(reader_.buffered() == 0);  // nothing but whole messages was written
        return std::nullopt;
      }
      reader_.feed(std::string_view(buffer, static_cast<std::size_t>(n)));
    }
  }
  std::optional<Json> response(int id) {
    return readUntil(
        [id](const Json& m) { return m.HasMember("id") && m["id"].IsInt() && m["id"].GetInt() == id; });
  }
  int wait() {
    int status = 0;
    waitpid(pid_, &status, 0);
    waited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

 private:
  pid_t pid_ = -1;
  int input_ = -1;
  int output_ = -1;
  bool waited_ = false;
  lsp::MessageReader reader_;
};

bool isPublication(const Json& message) {
  return message.HasMember("method") && str(message["method"]) == "textDocument/publishDiagnostics";
}

}  // namespace

TEST_CASE("lsp over a pipe: a session with the executable, an edit linted after the client pauses") {
  const ScratchDirectory project("lsp-pipe");
  const std::string uri = "file://" + project.write("task.json", kCleanTask).string();
  LspChild server;
  server.send(
      R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}})");
  const auto initialized = server.response(1);
  REQUIRE(initialized);
  CHECK(initialized->HasMember("result"));
  server.send(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
  server.send(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":)" +
              jsonQuoted(uri) + R"(,"languageId":"json","version":1,"text":)" + jsonQuoted(kCleanTask) +
              "}}}");
  auto published = server.readUntil(isPublication);
  REQUIRE(published);
  CHECK((*published)["params"]["diagnostics"].Size() == 0);
  // The whole text replaced, and nothing more: the server lints once the client is quiet.
  server.send(R"({"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":)" +
              jsonQuoted(uri) + R"(,"version":2},"contentChanges":[{"text":)" +
              jsonQuoted(hostPortMismatchTask()) + "}]}}");
  published = server.readUntil(isPublication);
  REQUIRE(published);
  CHECK((*published)["params"]["version"].GetInt() == 2);
  REQUIRE((*published)["params"]["diagnostics"].Size() == 1);
  CHECK(str((*published)["params"]["diagnostics"][0]["code"]) == "ECS101");

  // Garbage between messages is answered, and serving goes on.
  server.write("Content-Length: 3\r\n\r\nxyz");
  const auto error = server.readUntil([](const Json& m) { return m.HasMember("error"); });
  REQUIRE(error);
  CHECK((*error)["error"]["code"].GetInt() == -32700);
  server.send(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})");
  REQUIRE(server.response(2));
  server.send(R"({"jsonrpc":"2.0","method":"exit"})");
  CHECK_FALSE(server.readUntil([](const Json&) { return true; }));
  CHECK(server.wait() == 0);
}

TEST_CASE("lsp over a pipe: closing standard input ends the server cleanly, exit without shutdown is 1") {
  {
    LspChild server;
    server.send(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})");
    REQUIRE(server.response(1));
    server.write("Content-Length: 40\r\n\r\n{\"jsonrpc\"");  // cut off mid-message
    server.closeInput();
    CHECK_FALSE(server.readUntil([](const Json&) { return true; }));
    CHECK(server.wait() == 0);
  }
  {
    LspChild server;
    server.send(R"({"jsonrpc":"2.0","method":"exit"})");
    CHECK_FALSE(server.readUntil([](const Json&) { return true; }));
    CHECK(server.wait() == 1);
  }
  {
    // A length beyond the limit: refused at once, its bytes skipped as they come.
    LspChild server;
    server.write("Content-Length: 4000000000\r\n\r\n");
    const auto error = server.readUntil([](const Json& m) { return m.HasMember("error"); });
    REQUIRE(error);
    CHECK((*error)["error"]["code"].GetInt() == -32600);
    server.closeInput();
    CHECK(server.wait() == 0);
  }
}

}  // namespace ecslint::test
