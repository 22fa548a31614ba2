#pragma once
// The language server in process (issue 16): what an edit costs, from the didChange notification
// to the published diagnostics, on a 3 KB task definition; and whether a long session's memory
// stays flat.

#include <string>

namespace ecslint::bench {

struct LanguageServerResult {
  std::size_t documentBytes = 0;
  double editMedianUs = 0;  // one incremental edit, re-linted and published
  double editP99Us = 0;
  bool publishedEveryEdit = true;  // each edit was linted and its diagnostics written
  // Heap in use (malloc's own count) after the first 500 edits and after 5,000.
  double heapKbAfter500 = 0;
  double heapKbAfter5000 = 0;
};

LanguageServerResult measureLanguageServer(int passes);

}  // namespace ecslint::bench
