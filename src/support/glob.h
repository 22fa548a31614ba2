#pragma once
// Shell-style wildcard patterns, for configuration: file globs in per_file_ignores, registry and
// variable-name patterns in rule options.

#include <string_view>

namespace ecslint {

struct GlobOptions {
  // Path mode: '*' and '?' stop at '/', and '**' matches any number of whole directories
  // ("**/x.json" also matches "x.json"). Otherwise '*' matches any run of characters.
  bool pathSeparators = false;
  bool ignoreCase = false;
};

// True when all of `text` matches `pattern`: '*', '?', '[abc]', '[a-z]', '[!abc]', and '**' in path
// mode; a backslash makes the next character literal. Runs in O(pattern x text) time, so hostile
// patterns cannot make it backtrack exponentially.
bool globMatch(std::string_view pattern, std::string_view text, GlobOptions options = {});

// True when `pattern` matches `text` or a leading part of it that ends before a '/': "ghcr.io/acme"
// matches "ghcr.io/acme/api". One pass, O(pattern x text), however many '/' the text holds.
bool globMatchLeadingSegments(std::string_view pattern, std::string_view text, GlobOptions options = {});

// True when all of `text` matches `pattern`, whose only wildcard is '*' (any run of characters; every
// other character is literal), comparing ASCII letters without case when asked. O(pattern + text)
// whatever the two hold: the pattern's literal pieces are found leftmost, each by Knuth-Morris-Pratt.
bool starMatch(std::string_view pattern, std::string_view text, bool ignoreCase);

// True when `pattern` uses any wildcard character ('*', '?', '['): a plain name matches only itself.
bool hasGlobCharacters(std::string_view pattern);

}  // namespace ecslint
