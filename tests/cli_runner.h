#pragma once
// Runs the built executable as CI, pre-commit and editors do: arguments, a working directory,
// environment variables and standard input, with standard output and error kept apart.

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace ecslint::test {

struct CliResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};

struct CliCall {
  std::string arguments;            // shell words, already quoted where needed
  std::filesystem::path directory;  // working directory (empty: the test's)
  std::string environment;          // "NAME=value NAME2=value" prefixes
  std::string input;                // standard input
};

// A fresh directory under the temporary directory, removed with the object.
class ScratchDirectory {
 public:
  explicit ScratchDirectory(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("ecslint-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes a file (creating its directories) and returns its path.
  std::filesystem::path write(const std::string& relative, const std::string& content) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  std::filesystem::path path_;
};

inline std::string quoted(const std::string& word) {
  std::string result = "'";
  for (char c : word) result += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return result + "'";
}

struct ShellResult {
  int exitCode = -1;
  std::string output;  // standard output and error together
};

// Runs a /bin/sh command line (for git, pre-commit, cmake and the like around the executable).
inline ShellResult runShell(const std::string& command) {
  ShellResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline CliResult runCli(const CliCall& call) {
  const ScratchDirectory io("cli-io");
  const std::filesystem::path in = io.write("stdin", call.input);
  const std::filesystem::path err = io.path() / "stderr";
  std::string command;
  if (!call.directory.empty()) command += "cd " + quoted(call.directory.string()) + " && ";
  // The messages' language follows the locale: a test speaks English unless it sets one itself.
  command += "env -u LC_ALL -u LC_MESSAGES -u LANG " + call.environment + " " + quoted(ECSLINT_BINARY) + " " +
             call.arguments + " < " + quoted(in.string()) + " 2> " + quoted(err.string());
  CliResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) result.out.append(buffer, n);
  const int status = pclose(pipe);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = readFile(err);
  return result;
}

inline CliResult runCli(const std::string& arguments, const std::filesystem::path& directory = {}) {
  return runCli(CliCall{arguments, directory, "", ""});
}

inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

inline std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// One error (ECS101 at 2:92) and one warning (ECS301 at the container's name, 2:11).
inline const std::string kErrorTask =
    R"({"family": "web", "memory": "512", "networkMode": "awsvpc", "containerDefinitions": [{
  "name": "web", "image": "nginx:1.27", "portMappings": [{"containerPort": 80, "hostPort": 8080}]}]}
)";

}  // namespace ecslint::test
