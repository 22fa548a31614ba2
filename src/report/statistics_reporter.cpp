#include "report/statistics_reporter.h"

#include <algorithm>
#include <vector>

#include "message/message_catalogue.h"
#include "report/json_writing.h"
#include "report/text_reporter.h"

namespace ecslint {

void StatisticsReporter::file(const FileReport& report) {
  suppressed_ += report.suppressed.size();
  for (const Finding& finding : report.findings) {
    Count& count = counts_[finding.rule];
    ++count.findings;
    if (finding.fix) ++count.fixable;
  }
}

void StatisticsReporter::finish(const RunSummary& summary) {
  std::vector<std::pair<const RuleInfo*, Count>> rows(counts_.begin(), counts_.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (a.second.findings != b.second.findings) return a.second.findings > b.second.findings;
    return a.first->id < b.first->id;
  });
  if (json_) {
    rapidjson::StringBuffer buffer;
    json_writing::Writer w(buffer);
    w.SetIndent(' ', 2);
    w.StartArray();
    for (const auto& [rule, count] : rows) {
      w.StartObject();
      json_writing::member(w, "rule", rule->id);
      json_writing::member(w, "name", rule->name);
      json_writing::key(w, "count");
      w.Uint64(count.findings);
      json_writing::key(w, "fixable");
      w.Uint64(count.fixable);
      w.EndObject();
    }
    w.EndArray();
    out_ << buffer.GetString() << '\n';
    return;
  }
  std::size_t countWidth = 1;
  std::size_t nameWidth = 0;
  for (const auto& [rule, count] : rows) {
    countWidth = std::max(countWidth, std::to_string(count.findings).size());
    nameWidth = std::max(nameWidth, rule->name.size());
  }
  for (const auto& [rule, count] : rows) {
    std::string line = std::string(countWidth - std::to_string(count.findings).size(), ' ') +
                       std::to_string(count.findings) + "  " + std::string(rule->id) + "  " +
                       std::string(rule->name);
    if (count.fixable != 0) {
      line +=
          std::string(nameWidth - rule->name.size(), ' ') + "  " +
          renderMessage(language_, "report.statistics.fixable", {{"count", std::to_string(count.fixable)}});
    }
    out_ << line << '\n';
  }
  if (!quiet_) writeTextSummary(out_, language_, summary, suppressed_);
}

}  // namespace ecslint
