#include "fix/unified_diff.h"

#include <algorithm>
#include <vector>

namespace ecslint {
namespace {

constexpr std::size_t kContext = 3;
// Beyond this many differing lines the diff is shown as one replaced block: still exact, and
// the O(D^2) memory of the search stays small.
constexpr std::size_t kMaxEditDistance = 2000;

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size() - 1) + 1;
    lines.push_back(text.substr(0, end));
    text.remove_prefix(end);
  }
  return lines;
}

enum class Op : char { Equal = ' ', Delete = '-', Insert = '+' };

struct Step {
  Op op;
  std::size_t before;  // index of the line in `before` (Equal, Delete) or of the next one (Insert)
  std::size_t after;   // likewise in `after`
};

using Lines = std::vector<std::string_view>;

// Myers' O(ND) shortest edit script between a[a0, a1) and b[b0, b1); false when it is longer than
// kMaxEditDistance.
bool shortestEdit(const Lines& a, std::size_t a0, std::size_t a1, const Lines& b, std::size_t b0,
                  std::size_t b1, std::vector<Step>& steps) {
  const auto n = static_cast<std::ptrdiff_t>(a1 - a0);
  const auto m = static_cast<std::ptrdiff_t>(b1 - b0);
  const std::ptrdiff_t limit = std::min<std::ptrdiff_t>(n + m, static_cast<std::ptrdiff_t>(kMaxEditDistance));
  std::vector<std::ptrdiff_t> v(static_cast<std::size_t>(2 * limit + 3), 0);
  const auto at = [&](std::vector<std::ptrdiff_t>& row, std::ptrdiff_t k) -> std::ptrdiff_t& {
    return row[static_cast<std::size_t>(k + limit + 1)];
  };
  std::vector<std::vector<std::ptrdiff_t>> trace;  // v before each round d, for k in [-d, d]
  for (std::ptrdiff_t d = 0; d <= limit; ++d) {
    trace.emplace_back(v.begin() + (limit + 1 - d), v.begin() + (limit + 2 + d));
    for (std::ptrdiff_t k = -d; k <= d; k += 2) {
      std::ptrdiff_t x =
          (k == -d || (k != d && at(v, k - 1) < at(v, k + 1))) ? at(v, k + 1) : at(v, k - 1) + 1;
      std::ptrdiff_t y = x - k;
      while (x < n && y < m && a[a0 + static_cast<std::size_t>(x)] == b[b0 + static_cast<std::size_t>(y)])
        ++x, ++y;
      at(v, k) = x;
      if (x < n || y < m) continue;
      // Walk back through the rounds, emitting the script in reverse.
      std::vector<Step> reversed;
      for (std::ptrdiff_t round = d; round > 0; --round) {
        const std::vector<std::ptrdiff_t>& row = trace[static_cast<std::size_t>(round)];
        const auto old = [&](std::ptrdiff_t kk) { return row[static_cast<std::size_t>(kk + round)]; };
        const std::ptrdiff_t kk = x - y;
        const std::ptrdiff_t previousK =
            (kk == -round || (kk != round && old(kk - 1) < old(kk + 1))) ? kk + 1 : kk - 1;
        const std::ptrdiff_t previousX = old(previousK);
        const std::ptrdiff_t previousY = previousX - previousK;
        for (; x > previousX && y > previousY; --x, --y) {
          reversed.push_back(
              {Op::Equal, a0 + static_cast<std::size_t>(x - 1), b0 + static_cast<std::size_t>(y - 1)});
        }
        if (x == previousX) {
          reversed.push_back(
              {Op::Insert, a0 + static_cast<std::size_t>(x), b0 + static_cast<std::size_t>(y - 1)});
        } else {
          reversed.push_back(
              {Op::Delete, a0 + static_cast<std::size_t>(x - 1), b0 + static_cast<std::size_t>(y)});
        }
        x = previousX;
        y = previousY;
      }
      for (; x > 0 && y > 0; --x, --y) {
        reversed.push_back(
            {Op::Equal, a0 + static_cast<std::size_t>(x - 1), b0 + static_cast<std::size_t>(y - 1)});
      }
      steps.insert(steps.end(), reversed.rbegin(), reversed.rend());
      return true;
    }
  }
  return false;
}

std::string range(std::size_t index, std::size_t count) {
  // GNU diff: "-5" for one line, "-5,3" for several, and the line before for none ("-4,0").
  std::string text = std::to_string(count == 0 ? index : index + 1);
  if (count != 1) text += "," + std::to_string(count);
  return text;
}

void appendLine(std::string& out, Op op, std::string_view line) {
  out += static_cast<char>(op);
  out += line;
  if (!line.ends_with('\n')) out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view name) {
  if (before == after) return {};
  const Lines a = splitLines(before);
  const Lines b = splitLines(after);
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }

  std::vector<Step> steps;
  for (std::size_t i = 0; i < prefix; ++i) steps.push_back({Op::Equal, i, i});
  if (!shortestEdit(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, steps)) {
    for (std::size_t i = prefix; i < a.size() - suffix; ++i) steps.push_back({Op::Delete, i, prefix});
    for (std::size_t j = prefix; j < b.size() - suffix; ++j)
      steps.push_back({Op::Insert, a.size() - suffix, j});
  }
  for (std::size_t i = 0; i < suffix; ++i) {
    steps.push_back({Op::Equal, a.size() - suffix + i, b.size() - suffix + i});
  }

  std::string_view path = name;
  while (path.starts_with("./")) path.remove_prefix(2);
  while (path.starts_with('/')) path.remove_prefix(1);
  std::string out = "--- a/" + std::string(path) + "\n+++ b/" + std::string(path) + "\n";
  // Hunks: each change with kContext lines around it; changes closer than twice that share one.
  for (std::size_t i = 0; i < steps.size();) {
    if (steps[i].op == Op::Equal) {
      ++i;
      continue;
    }
    const std::size_t first = i > kContext ? i - kContext : 0;
    std::size_t last = i;  // one past the hunk's last change
    for (std::size_t j = i; j < steps.size(); ++j) {
      if (steps[j].op != Op::Equal) {
        last = j + 1;
      } else if (j - last >= 2 * kContext) {
        break;
      }
    }
    const std::size_t end = std::min(steps.size(), last + kContext);
    std::size_t beforeCount = 0;
    std::size_t afterCount = 0;
    for (std::size_t j = first; j < end; ++j) {
      if (steps[j].op != Op::Insert) ++beforeCount;
      if (steps[j].op != Op::Delete) ++afterCount;
    }
    out += "@@ -" + range(steps[first].before, beforeCount) + " +" + range(steps[first].after, afterCount) +
           " @@\n";
    for (std::size_t j = first; j < end; ++j) {
      appendLine(out, steps[j].op, steps[j].op == Op::Insert ? b[steps[j].after] : a[steps[j].before]);
    }
    i = end;
  }
  return out;
}

}  // namespace ecslint
