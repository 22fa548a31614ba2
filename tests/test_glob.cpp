// Wildcard patterns used by the configuration: per_file_ignores globs and rule-option patterns.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "support/glob.h"

namespace ecslint::test {

namespace {
const GlobOptions kPath{true, false};
}

TEST_CASE("glob: '*' and '?' and classes") {
  CHECK(globMatch("*.json", "web.json"));
  CHECK_FALSE(globMatch("*.json", "web.yaml"));
  CHECK(globMatch("web-?.json", "web-1.json"));
  CHECK_FALSE(globMatch("web-?.json", "web-10.json"));
  CHECK(globMatch("web-[0-9].json", "web-7.json"));
  CHECK_FALSE(globMatch("web-[!0-9].json", "web-7.json"));
  CHECK(globMatch("web-[!0-9].json", "web-a.json"));
  CHECK(globMatch("[]]", "]"));
  CHECK(globMatch("a[", "a["));  // an unclosed class is literal
  CHECK(globMatch("\\*", "*"));
  CHECK_FALSE(globMatch("\\*", "x"));
  CHECK(globMatch("", ""));
  CHECK_FALSE(globMatch("", "x"));
  CHECK(globMatch("*", ""));
}

TEST_CASE("glob: in path mode '*' stays in one directory and '**' crosses them") {
  CHECK(globMatch("legacy/*.json", "legacy/web.json", kPath));
  CHECK_FALSE(globMatch("legacy/*.json", "legacy/old/web.json", kPath));
  CHECK(globMatch("legacy/**/*.json", "legacy/old/v1/web.json", kPath));
  CHECK(globMatch("legacy/**/*.json", "legacy/web.json", kPath));  // "**/" can be no directory at all
  CHECK(globMatch("**/web.json", "web.json", kPath));
  CHECK(globMatch("**/web.json", "a/b/web.json", kPath));
  CHECK_FALSE(globMatch("**/web.json", "a/b/myweb.json", kPath));
  CHECK(globMatch("legacy/**", "legacy/a/b.json", kPath));
  CHECK_FALSE(globMatch("web-?.json", "web-/.json", kPath));
  // Without path mode '*' crosses '/' (registry and name patterns).
  CHECK(globMatch("*.json", "a/b.json"));
  CHECK_FALSE(globMatch("*.json", "a/b.json", kPath));
}

TEST_CASE("glob: case-insensitive matching") {
  const GlobOptions anyCase{false, true};
  CHECK(globMatch("*password*", "DB_PASSWORD_FILE", anyCase));
  CHECK(globMatch("[a-z]_KEY", "A_key", anyCase));
  CHECK_FALSE(globMatch("*password*", "DB_PASSWORD_FILE"));
}

TEST_CASE("glob: hostile patterns stay linear") {
  const std::string text(4000, 'a');
  const std::string pattern = std::string(60, '*') + std::string(60, 'a') + "b";
  CHECK_FALSE(globMatch(pattern, text));
  CHECK_FALSE(globMatch(pattern, text, kPath));
}

TEST_CASE("glob: a leading part that ends before a '/' matches in one pass") {
  CHECK(globMatchLeadingSegments("ghcr.io/acme", "ghcr.io/acme/api", kPath));
  CHECK(globMatchLeadingSegments("ghcr.io/acme", "ghcr.io/acme", kPath));
  CHECK_FALSE(globMatchLeadingSegments("ghcr.io/acme", "ghcr.io/acme-corp/api", kPath));
  CHECK_FALSE(globMatchLeadingSegments("ghcr.io/acme", "ghcr.io/ac", kPath));
  CHECK(
      globMatchLeadingSegments("*.dkr.ecr.*.amazonaws.com", "1.dkr.ecr.eu-west-1.amazonaws.com/x/y", kPath));
  CHECK(globMatchLeadingSegments("a/*", "a/b/c/d", kPath));
  CHECK_FALSE(globMatchLeadingSegments("a/*/d", "a/b/c/d", kPath));
}

TEST_CASE("glob: '*'-only patterns match like globs, in linear time") {
  CHECK(starMatch("*_dsn", "DB_DSN", true));
  CHECK_FALSE(starMatch("*_dsn", "DB_DSN", false));
  CHECK(starMatch("STRIPE_*", "STRIPE_KEY", false));
  CHECK(starMatch("*PASS*PHRASE*", "MY_PASS_AND_PHRASE", false));
  CHECK_FALSE(starMatch("*PASS*PHRASE*", "MY_PHRASE_AND_PASS", false));
  CHECK(starMatch("ab*ba", "aba", false) == false);  // head and tail may not overlap
  CHECK(starMatch("a*a", "aa", false));
  CHECK(starMatch("?", "?", false));  // only '*' is a wildcard
  CHECK_FALSE(starMatch("?", "x", false));
  CHECK(starMatch("", "", false));
  CHECK(starMatch("**", "", false));
  // The same answers as the general matcher, on random patterns over a small alphabet (where
  // backtracking and overlapping pieces are most likely).
  std::mt19937 random(11);
  const auto word = [&](std::size_t most, const char* alphabet) {
    std::string result(std::uniform_int_distribution<std::size_t>(0, most)(random), ' ');
    for (char& c : result) c = alphabet[std::uniform_int_distribution<int>(0, 2)(random)];
    return result;
  };
  for (int i = 0; i < 20000; ++i) {
    const std::string pattern = word(6, "a*B");
    const std::string text = word(10, "abA");
    INFO(pattern << " ~ " << text);
    CHECK(starMatch(pattern, text, true) == globMatch(pattern, text, GlobOptions{false, true}));
    CHECK(starMatch(pattern, text, false) == globMatch(pattern, text));
  }
}

TEST_CASE("glob: '*'-only matching of 100,000-character names and patterns stays linear") {
  // Backtracking from each '*' took seconds here. Not timed: the hostile-input suite runs the same
  // case through the executable under a CPU-time limit.
  const std::string name(100'000, 'A');
  const std::string pattern = "*" + std::string(50'000, 'A') + "B*";
  CHECK_FALSE(starMatch(pattern, name, true));
  CHECK(starMatch("*" + std::string(50'000, 'a') + "*", name, true));
}

TEST_CASE("glob: wildcard detection") {
  CHECK(hasGlobCharacters("legacy/*.json"));
  CHECK(hasGlobCharacters("web-?.json"));
  CHECK(hasGlobCharacters("web-[12].json"));
  CHECK_FALSE(hasGlobCharacters("services/web.json"));
}

}  // namespace ecslint::test
