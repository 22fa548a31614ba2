// unifiedDiff: the same hunks GNU `diff -u` prints, and a diff that patches `before` into `after`.
#include <doctest/doctest.h>

#include <random>
#include <sstream>

#include "fix/unified_diff.h"

namespace ecslint::test {
namespace {

// A minimal patch applier, independent of the diff code: checks every context and deleted line.
std::string patched(const std::string& before, const std::string& diff) {
  std::vector<std::string> lines;
  for (std::size_t at = 0; at < before.size();) {
    const std::size_t end = std::min(before.find('\n', at), before.size() - 1) + 1;
    lines.push_back(before.substr(at, end - at));
    at = end;
  }
  std::istringstream in(diff);
  std::string line;
  std::getline(in, line);
  REQUIRE(line.starts_with("--- a/"));
  std::getline(in, line);
  REQUIRE(line.starts_with("+++ b/"));
  std::vector<std::string> out;
  std::size_t next = 0;  // next line of `before` not yet copied
  std::string* last = nullptr;
  while (std::getline(in, line)) {
    if (line.starts_with("@@ -")) {
      std::size_t start = std::stoul(line.substr(4));
      const std::size_t comma = line.find(',');
      const bool empty = comma != std::string::npos && comma < line.find(" +") && line[comma + 1] == '0';
      if (!empty) --start;
      REQUIRE(start >= next);
      while (next < start) out.push_back(lines[next++]);
      continue;
    }
    if (line == "\\ No newline at end of file") {
      REQUIRE(last != nullptr);
      last->pop_back();
      continue;
    }
    REQUIRE(!line.empty());
    const std::string text = line.substr(1) + "\n";
    if (line[0] == '+') {
      out.push_back(text);
      last = &out.back();
      continue;
    }
    REQUIRE(next < lines.size());
    std::string expected = lines[next];
    if (!expected.ends_with('\n')) expected += '\n';
    CHECK(expected == text);
    if (line[0] == ' ') {
      out.push_back(lines[next]);
      last = &out.back();
    } else {
      last = nullptr;
    }
    ++next;
  }
  while (next < lines.size()) out.push_back(lines[next++]);
  std::string result;
  for (const std::string& text : out) result += text;
  return result;
}

}  // namespace

TEST_CASE("diff: hunks with three lines of context, as GNU diff -u prints them") {
  std::string before;
  for (int i = 1; i <= 16; ++i) before += std::to_string(i) + "\n";
  std::string after = before;
  after.replace(after.find("\n5\n") + 1, 1, "five");
  after.erase(after.find("\n13\n") + 1, 3);
  CHECK(unifiedDiff(before, after, "./dir/task.json") ==
        "--- a/dir/task.json\n+++ b/dir/task.json\n"
        "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        "@@ -10,7 +10,6 @@\n 10\n 11\n 12\n-13\n 14\n 15\n 16\n");
  CHECK(unifiedDiff(before, before, "x.json").empty());
  CHECK(
      unifiedDiff("x\ny", "w\nx\ny\n", "/abs/x.json") ==
      "--- a/abs/x.json\n+++ b/abs/x.json\n@@ -1,2 +1,3 @@\n+w\n x\n-y\n\\ No newline at end of file\n+y\n");
  CHECK(unifiedDiff("", "a\n", "x") == "--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+a\n");
  CHECK(unifiedDiff("a\n", "", "x") == "--- a/x\n+++ b/x\n@@ -1 +0,0 @@\n-a\n");
}

TEST_CASE("diff: a change too large to search is one exact replaced block") {
  std::string before;
  std::string after;
  for (int i = 0; i < 3000; ++i) {
    before += "  \"line" + std::to_string(i) + "\"\n";
    after += "\"line" + std::to_string(i) + "\"\n";
  }
  const std::string diff = unifiedDiff("{\n" + before + "}\n", "{\n" + after + "}\n", "f.json");
  CHECK(diff.find("@@ -1,3002 +1,3002 @@") != std::string::npos);
  CHECK(patched("{\n" + before + "}\n", diff) == "{\n" + after + "}\n");
}

TEST_CASE("diff: any edit round-trips through the patch") {
  std::mt19937 random(20240601);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> lines;
    const int count = static_cast<int>(random() % 40);
    for (int i = 0; i < count; ++i)
      lines.push_back(std::string(1, static_cast<char>('a' + random() % 4)) + "\n");
    std::string before;
    for (const std::string& line : lines) before += line;
    const int changes = static_cast<int>(random() % 6);
    for (int i = 0; i < changes; ++i) {
      const std::size_t at = lines.empty() ? 0 : random() % lines.size();
      switch (random() % 3) {
        case 0:
          lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), "new\n");
          break;
        case 1:
          if (!lines.empty()) lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(at));
          break;
        default:
          if (!lines.empty()) lines[at] = "changed\n";
      }
    }
    std::string after;
    for (const std::string& line : lines) after += line;
    if (random() % 4 == 0 && !after.empty()) after.pop_back();  // no newline at the end
    INFO("before:\n" << before << "after:\n" << after);
    const std::string diff = unifiedDiff(before, after, "f.json");
    if (before == after) {
      CHECK(diff.empty());
    } else {
      CHECK(patched(before, diff) == after);
    }
  }
}

}  // namespace ecslint::test
