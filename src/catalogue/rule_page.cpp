#include "catalogue/rule_page.h"

namespace ecslint {
namespace {

constexpr std::string_view kGeneratedNote =
    "<!-- Generated from rules/{file} by `ecslint docs --output-dir docs/rules`. Edit rules/{file} instead. "
    "-->\n";

std::string generatedNote(std::string_view source) {
  std::string note(kGeneratedNote);
  for (std::size_t at; (at = note.find("{file}")) != std::string::npos;) note.replace(at, 6, source);
  return note;
}

std::string joined(const std::vector<std::string_view>& items) {
  std::string result;
  for (std::string_view item : items) result += (result.empty() ? "" : ", ") + std::string(item);
  return result;
}

// A table cell: a '|' would end it.
std::string cell(std::string_view text) {
  std::string result;
  for (char c : text) result += c == '|' ? std::string("\\|") : std::string(1, c);
  return result;
}

std::string rulePage(const RuleInfo& rule) {
  std::string page = generatedNote(rule.fileName);
  page += "# " + std::string(rule.id) + " " + std::string(rule.name) + "\n\n";
  page += "**" + std::string(rule.title) + "**\n\n";
  page += "| | |\n|---|---|\n";
  page += "| Severity | " + std::string(severityName(rule.severity)) + " |\n";
  page += std::string("| Enabled | ") +
          (rule.enabledByDefault ? "by default" : "opt-in: `--select " + std::string(rule.id) + "`") + " |\n";
  page += "| Category | " + std::string(rule.category) + " |\n";
  page += "| Tags | " + joined(rule.tags) + " |\n";
  page += "| Precision | " + std::string(rule.precision) + " |\n";
  if (!rule.securitySeverity.empty()) {
    page += "| Security severity | " + std::string(rule.securitySeverity) + " |\n";
  }
  page += "\n";
  std::string_view documentation = rule.documentation;
  while (documentation.starts_with('\n')) documentation.remove_prefix(1);
  page += documentation;
  if (!page.ends_with('\n')) page += '\n';
  page += "\n---\n\n`ecslint explain " + std::string(rule.id) + "` prints this page in a terminal. " +
          "[Every rule](README.md).\n";
  return page;
}

std::string indexPage(const RuleCatalogue& catalogue) {
  std::string page = generatedNote("*.md");
  page += "# ecslint rules\n\n";
  page +=
      "Every rule ecslint knows. Rules marked opt-in run only when selected (`--select ID`, or\n"
      "`select` in `.ecslint.json`); `ecslint rules` prints the same list.\n\n";
  page += "| id | name | severity | default | title |\n|---|---|---|---|---|\n";
  for (const RuleInfo& rule : catalogue.rules()) {
    page += "| [" + std::string(rule.id) + "](" + std::string(rule.id) + ".md) | " + cell(rule.name) + " | " +
            std::string(severityName(rule.severity)) + " | " +
            (rule.enabledByDefault ? "enabled" : "opt-in") + " | " + cell(rule.title) + " |\n";
  }
  return page;
}

}  // namespace

std::vector<GeneratedPage> renderRulePages(const RuleCatalogue& catalogue) {
  std::vector<GeneratedPage> pages;
  for (const RuleInfo& rule : catalogue.rules())
    pages.push_back({std::string(rule.id) + ".md", rulePage(rule)});
  pages.push_back({"README.md", indexPage(catalogue)});
  return pages;
}

}  // namespace ecslint
