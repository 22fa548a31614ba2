#pragma once
// Values a Terraform plan marks sensitive, kept out of messages.
//
// `terraform show -json` writes sensitive values in plain text and marks them in after_sensitive, so
// ecslint reads and judges them like any other (a container_definitions marked sensitive because
// one variable is still has a container without logs). But what ecslint prints may end up in CI
// logs and code-scanning alerts: a finding of such a task definition says "(sensitive value)"
// wherever its message, arguments, related messages or fix title would quote one.

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "check/finding.h"
#include "document/document.h"
#include "message/language.h"

namespace ecslint {

class SensitiveValues {
 public:
  // The scalar values of `view` (a task definition read from the plan) that lie inside the plan
  // spans `sensitive`.
  SensitiveValues() = default;  // nothing is sensitive
  SensitiveValues(const Document& view, std::span<const ByteRange> sensitive);

  bool empty() const { return values_.empty(); }
  // Replaces every quotation of a sensitive value in `finding`: an argument that is one, or that
  // contains one of kMinQuotedLength bytes or more (a phrase such as "container 'db-password'"), is
  // replaced whole and the message rendered again; a message with no catalogue id, related
  // messages and the fix title have such values replaced where they appear.
  void redact(Finding& finding, Language language) const;

  // Shorter values (a port, a flag, "1") are replaced only where an argument is exactly one: found
  // inside other text they would blank out unrelated digits and words.
  static constexpr std::size_t kMinQuotedLength = 4;

 private:
  bool quotes(std::string_view text) const;
  std::string replaceQuotations(std::string text, std::string_view replacement) const;

  std::vector<std::string> values_;  // sorted, unique
};

// The plan spans of every value Terraform's output marks sensitive, wherever it writes a value
// beside its marks: `after` and `after_sensitive`, `before` and `before_sensitive`
// (resource_changes, output_changes), `values` and `sensitive_values` (planned_values, prior_state,
// a state), and an output's `value` when its `sensitive` is true (planned_values, a state). Sorted
// by where they begin. Linear in the document.
std::vector<ByteRange> planSensitiveSpans(const Document& plan);

// The lines of a plan that hold a sensitive value (or part of one). Source shown around a finding
// on such a line (--show-source, a SARIF snippet) could quote the value, even though the finding's
// message does not: `terraform show -json` writes a whole plan on one line.
class SensitiveLines {
 public:
  SensitiveLines(const SourceText& source, std::span<const ByteRange> sensitive);
  // Whether a line of `range` (first to last) holds a sensitive value.
  bool near(ByteRange range) const;

 private:
  const SourceText& source_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> lines_;  // first and last, disjoint, sorted
};

}  // namespace ecslint
