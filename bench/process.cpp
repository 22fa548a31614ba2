#include "process.h"

#include <cstdio>

namespace ecslint::bench {
namespace {

// Single-quotes an argument for /bin/sh.
std::string quoted(const std::string& argument) {
  std::string result = "'";
  for (char c : argument) {
    if (c == '\'') {
      result += "'\\''";
    } else {
      result += c;
    }
  }
  return result + "'";
}

}  // namespace

std::vector<ProcessRun> runProcess(const std::vector<std::string>& argv, int runs) {
  std::string command = quoted(ECSLINT_PROBE) + " " + std::to_string(runs);
  for (const std::string& argument : argv) command.append(" ").append(quoted(argument));
  std::vector<ProcessRun> result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  long long micros = 0;
  long rssKb = 0;
  int exitCode = 0;
  long long cpuMicros = 0;
  while (std::fscanf(pipe, "%lld %ld %d %lld", &micros, &rssKb, &exitCode, &cpuMicros) == 4) {
    result.push_back(ProcessRun{static_cast<double>(micros) / 1000.0, static_cast<double>(rssKb) / 1024.0,
                                exitCode, static_cast<double>(cpuMicros) / 1000.0});
  }
  pclose(pipe);
  return result;
}

}  // namespace ecslint::bench
