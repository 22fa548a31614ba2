// Wildcard patterns used by the configuration: per_file_ignores globs and rule-option patterns.
#include <doctest/doctest.h>

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

TEST_CASE("glob: wildcard detection") {
  CHECK(hasGlobCharacters("legacy/*.json"));
  CHECK(hasGlobCharacters("web-?.json"));
  CHECK(hasGlobCharacters("web-[12].json"));
  CHECK_FALSE(hasGlobCharacters("services/web.json"));
}

}  // namespace ecslint::test
