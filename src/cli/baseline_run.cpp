#include "cli/baseline_run.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "message/message_catalogue.h"
#include "support/thousands.h"

namespace ecslint {

Result<BaselineRun, std::string> BaselineRun::make(const Options& options) {
  BaselineRun run;
  run.language_ = options.language.value_or(Language::English);
  if (!options.writeBaselineFile.empty()) {
    run.baseline_.emplace(options.writeBaselineFile);
    run.writing_ = true;
  } else if (!options.baselineFile.empty()) {
    auto loaded = Baseline::load(options.baselineFile, run.language_);
    if (!loaded) return makeError(loaded.error());
    run.baseline_.emplace(std::move(*loaded));
  }
  return run;
}

bool BaselineRun::isBaselineFile(const std::string& path) const {
  if (!baseline_) return false;
  std::error_code error;
  return std::filesystem::equivalent(path, baseline_->file(), error) && !error;
}

void BaselineRun::file(FileReport& report, const Linter& linter) {
  if (!baseline_) return;
  if (writing_) {
    baseline_->record(report);
  } else {
    baseline_->apply(report, linter.selection());
  }
}

std::optional<FileReport> BaselineRun::staleReport(const RuleCatalogue& catalogue) const {
  if (!baseline_ || writing_) return std::nullopt;
  return baseline_->staleReport(catalogue);
}

bool BaselineRun::finish() const {
  if (!baseline_ || !writing_) return true;
  std::ofstream out(baseline_->file(), std::ios::binary | std::ios::trunc);
  out << baseline_->serialize();
  out.close();
  if (!out) {
    std::cerr << "ecslint: "
              << renderMessage(language_, "cli.baseline.write-failed",
                               {{"path", baseline_->file()}, {"error", std::strerror(errno)}})
              << '\n';
    return false;
  }
  std::cerr << "ecslint: "
            << renderMessage(
                   language_,
                   baseline_->size() == 1 ? "cli.baseline.written.single" : "cli.baseline.written.many",
                   {{"count", withThousands(baseline_->size())}, {"path", baseline_->file()}})
            << '\n';
  return true;
}

}  // namespace ecslint
