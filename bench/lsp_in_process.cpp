#include "lsp_in_process.h"

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <vector>

#include "generator.h"
#include "lsp/framing.h"
#include "lsp/server.h"

namespace ecslint::bench {
namespace {

// A generated task definition of about 3 KB.
std::string threeKilobyteTask() {
  for (std::uint64_t seed = 1;; ++seed) {
    std::string text = generateTaskDefinition(seed);
    if (text.size() >= 2900 && text.size() <= 3300 &&
        text.find("\"containerDefinitions\"") != std::string::npos)
      return text;
  }
}

std::string escaped(const std::string& text) {
  std::string result;
  for (const char c : text) {
    if (c == '"' || c == '\\') result += '\\';
    if (c == '\n') {
      result += "\\n";
      continue;
    }
    result += c;
  }
  return result;
}

struct Session {
  std::size_t written = 0;
  lsp::LanguageServer server{[this](std::string_view framed) {
    written += framed.size();
    return true;
  }};
  lsp::Clock::time_point now{};
  int version = 1;

  void send(const std::string& json) { server.receive(lsp::frame(json), now); }
  void start(const std::string& text) {
    send(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})");
    send(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
    send(
        R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///bench/task.json","languageId":"json","version":1,"text":")" +
        escaped(text) + "\"}}}");
  }
  // Types a space at the start of line 2, or deletes it, then lets the debounce run out.
  void edit() {
    ++version;
    const bool insert = version % 2 == 0;
    send(
        R"({"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///bench/task.json","version":)" +
        std::to_string(version) +
        R"(},"contentChanges":[{"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":)" +
        (insert ? "0" : "1") + R"(}},"text":")" + (insert ? " " : "") + "\"}]}}");
    now += lsp::LanguageServer::kQuietTime;
    server.lintDue(now);
  }
};

// What malloc holds: its arenas' allocated chunks and its mmapped ones.
double heapKb() {
  const struct mallinfo2 info = mallinfo2();
  return static_cast<double>(info.uordblks + info.hblkhd) / 1024.0;
}

}  // namespace

LanguageServerResult measureLanguageServer(int passes) {
  LanguageServerResult result;
  const std::string text = threeKilobyteTask();
  result.documentBytes = text.size();
  std::vector<double> times;
  for (int pass = 0; pass < passes; ++pass) {
    Session session;
    session.start(text);
    for (int i = 0; i < 200; ++i) {
      const std::size_t before = session.written;
      const auto start = std::chrono::steady_clock::now();
      session.edit();
      result.publishedEveryEdit = result.publishedEveryEdit && session.written > before;
      times.push_back(
          std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
  }
  std::sort(times.begin(), times.end());
  result.editMedianUs = times[times.size() / 2];
  result.editP99Us = times[times.size() * 99 / 100];

  Session session;
  session.start(text);
  for (int i = 1; i <= 5000; ++i) {
    session.edit();
    if (i == 500) result.heapKbAfter500 = heapKb();
  }
  result.heapKbAfter5000 = heapKb();
  return result;
}

}  // namespace ecslint::bench
