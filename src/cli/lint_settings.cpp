#include "cli/lint_settings.h"

#include <algorithm>
#include <filesystem>

#include "message/message_catalogue.h"

namespace ecslint {

namespace fs = std::filesystem;

LintSettings::LintSettings(const RuleCatalogue& catalogue, const Options& options)
    : catalogue_(catalogue),
      options_(options),
      finder_(catalogue, options.language.value_or(Language::English)) {}

std::optional<std::string> LintSettings::check() {
  auto selection = RuleSelection::make(catalogue_, options_.select, options_.ignore,
                                       options_.language.value_or(Language::English));
  if (!selection) return selection.error();
  if (!options_.configFile.empty()) {
    auto config = loadConfig(catalogue_, options_.configFile, options_.language.value_or(Language::English));
    if (!config) return config.error();
    explicitConfig_ = std::make_unique<Config>(std::move(*config));
  }
  return std::nullopt;
}

Result<const Config*, std::string> LintSettings::configFor(const InputFile& input) {
  if (explicitConfig_) return explicitConfig_.get();
  // Files of one directory share the answer, and finding it normalises paths, which costs more
  // than linting a small file: remember it by the directory part of the path as given.
  const std::string& named = input.standardInput ? options_.stdinFilename : input.path;
  const std::size_t slash = named.rfind('/');
  const std::string directoryText = slash == std::string::npos ? std::string() : named.substr(0, slash + 1);
  if (const auto known = configByDirectoryText_.find(directoryText); known != configByDirectoryText_.end()) {
    return known->second;
  }
  auto found = findConfigFor(input);
  if (found) configByDirectoryText_.emplace(directoryText, *found);
  return found;
}

Result<const Config*, std::string> LintSettings::findConfigFor(const InputFile& input) {
  fs::path directory;
  if (!input.standardInput) {
    directory = fs::path(input.path).parent_path();
  } else if (!options_.stdinFilename.empty()) {
    // stdin stands for the file it is named after: pre-commit and editors pipe a file's contents.
    directory = fs::path(options_.stdinFilename).parent_path();
  }
  return finder_.forDirectory(directory);
}

Result<const Linter*, std::string> LintSettings::linterFor(const Config* config) {
  if (const auto it = linters_.find(config); it != linters_.end()) return it->second.get();
  std::vector<std::string> select = options_.select;
  std::vector<std::string> ignore = options_.ignore;
  if (config != nullptr && select.empty()) {
    if (config->select) select = *config->select;
    ignore.insert(ignore.begin(), config->ignore.begin(), config->ignore.end());
  }
  auto selection =
      RuleSelection::make(catalogue_, select, ignore, options_.language.value_or(Language::English));
  if (!selection) return makeError(selection.error());
  LintOptions lintOptions(options_.launchType);
  lintOptions.language = options_.language.value_or(Language::English);
  // Every output but GitHub's shows fixes (SARIF fixes, JSON "fix", the text "[*]" marker).
  lintOptions.computeFixes = options_.fix || options_.diff || options_.format != OutputFormat::Github;
  // Only JSON and SARIF print fix titles and related locations' messages.
  lintOptions.describeDetails =
      options_.format == OutputFormat::Json || options_.format == OutputFormat::Sarif;
  if (config != nullptr) {
    if (!lintOptions.launchType) lintOptions.launchType = config->launchType;
    lintOptions.severities = config->severities;
    lintOptions.ruleOptions = config->ruleOptions;
  }
  if (options_.registeredWith) lintOptions.ruleOptions.registeredWith = *options_.registeredWith;
  auto& slot = linters_[config];
  slot = std::make_unique<Linter>(catalogue_, std::move(*selection), std::move(lintOptions));
  return slot.get();
}

std::vector<ExternalIgnore> LintSettings::ignoresFor(const Config* config, const InputFile& input,
                                                     std::vector<IgnoreOrigin>& origins) const {
  origins.clear();
  std::vector<ExternalIgnore> ignores;
  if (config == nullptr || config->perFileIgnores.empty()) return ignores;
  const std::string name = input.standardInput ? options_.stdinFilename : input.path;
  if (name.empty()) return ignores;
  std::error_code error;
  fs::path relative = fs::absolute(name, error).lexically_normal().lexically_relative(config->directory);
  if (error || relative.empty()) relative = fs::path(name);
  for (std::size_t i = 0; i < config->perFileIgnores.size(); ++i) {
    const PerFileIgnore& entry = config->perFileIgnores[i];
    if (!entry.matches(relative)) continue;
    for (std::size_t j = 0; j < entry.rules.size(); ++j) {
      const ConfigIgnoreRule& rule = entry.rules[j];
      ignores.push_back(
          ExternalIgnore{rule.rules, entry.pointer,
                         Suppression{SuppressionKind::External,
                                     renderMessage(options_.language.value_or(Language::English),
                                                   "input.suppression.per-file-ignores",
                                                   {{"key", entry.key}, {"path", config->path()}}),
                                     config->path(), config->source->region(rule.range)}});
      origins.push_back(IgnoreOrigin{i, j});
    }
  }
  return ignores;
}

namespace {

// ECS012 for a per_file_ignores rule that suppressed nothing in the one file its glob names.
MessageData staleIgnoreMessage(const PerFileIgnore& entry, const ConfigIgnoreRule& rule) {
  MessageArgs arguments{{"selector", rule.selector}, {"key", entry.key}, {"glob", entry.glob}};
  const bool one = rule.rules.size() == 1;
  if (one) {
    arguments.push_back({"rule", std::string(rule.rules.front()->id)});
    arguments.push_back({"rule_name", std::string(rule.rules.front()->name)});
  }
  if (entry.pointer.empty())
    return {one ? "ECS012.unused-config-rule" : "ECS012.unused-config-rules", arguments};
  arguments.push_back({"pointer", entry.pointer});
  return {one ? "ECS012.unused-config-rule-at" : "ECS012.unused-config-rules-at", arguments};
}

}  // namespace

void StaleConfigIgnores::record(const Config* config, const std::vector<IgnoreOrigin>& origins,
                                const std::vector<bool>& used) {
  for (std::size_t k = 0; k < origins.size(); ++k) {
    if (!config->perFileIgnores[origins[k].entry].namesOneFile()) continue;
    auto it =
        std::find_if(usage_.begin(), usage_.end(), [&](const auto& item) { return item.first == config; });
    if (it == usage_.end()) it = usage_.insert(usage_.end(), {config, {}});
    Usage& usage = it->second[{origins[k].entry, origins[k].rule}];
    usage.matchedFile = true;
    usage.used = usage.used || (k < used.size() && used[k]);
  }
}

std::vector<FileReport> StaleConfigIgnores::reports(LintSettings& settings) const {
  std::vector<FileReport> reports;
  for (const auto& [config, entries] : usage_) {
    auto linter = settings.linterFor(config);
    if (!linter) continue;
    const RuleSelection& selection = (*linter)->selection();
    const RuleInfo* unused = (*linter)->catalogue().find("ECS012");
    if (unused == nullptr || !selection.enabled(*unused)) continue;
    FileReport report;
    report.source = std::make_unique<SourceText>(config->path(), std::string(config->source->bytes()));
    for (const auto& [where, usage] : entries) {
      const PerFileIgnore& entry = config->perFileIgnores[where.first];
      const ConfigIgnoreRule& rule = entry.rules[where.second];
      const bool ran = std::any_of(rule.rules.begin(), rule.rules.end(),
                                   [&](const RuleInfo* r) { return selection.enabled(*r); });
      if (!usage.matchedFile || usage.used || !ran) continue;
      Finding finding;
      finding.rule = unused;
      finding.severity = unused->severity;
      finding.messageData = staleIgnoreMessage(entry, rule);
      finding.message =
          renderMessage((*linter)->language(), finding.messageData.id, finding.messageData.arguments);
      finding.range = rule.range;
      finding.pointer = rule.pointer;
      report.findings.push_back(std::move(finding));
    }
    if (report.findings.empty()) continue;
    for (const auto& [rule, severity] : config->severities) {
      for (Finding& finding : report.findings) {
        if (finding.rule == rule) finding.severity = severity;
      }
    }
    std::sort(report.findings.begin(), report.findings.end(),
              [](const Finding& a, const Finding& b) { return a.range.begin < b.range.begin; });
    reports.push_back(std::move(report));
  }
  return reports;
}

}  // namespace ecslint
