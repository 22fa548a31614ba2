#pragma once
// What identifies a finding across edits that move lines (SARIF partialFingerprints, and the
// baseline's matching): the rule id, the JSON pointer and the file's path, never a line or column;
// a count tells apart the findings of one file that share all three, in position order.

#include <map>
#include <string>
#include <string_view>

#include "check/finding.h"

namespace ecslint {

// FNV-1a of `text`, printed as 16 hex digits: stable across runs, platforms and versions.
std::string fingerprintHash(std::string_view text);

// The fingerprint of the `occurrence`-th finding (from 0, in position order) of `ruleId` at `pointer`
// in the file named `path`.
std::string findingFingerprint(std::string_view ruleId, std::string_view pointer, std::string_view path,
                               int occurrence);

// Fingerprints for the findings of one file, asked for in position order.
class FingerprintCounter {
 public:
  // `path`: how the file is named in the fingerprint (a SARIF URI, or a path relative to the
  // baseline file's directory).
  explicit FingerprintCounter(std::string path) : path_(std::move(path)) {}
  std::string next(const Finding& finding);

 private:
  std::string path_;
  std::map<std::pair<std::string, std::string>, int> seen_;  // (rule id, pointer)
};

}  // namespace ecslint
