#include "catalogue/rule_page.h"

#include "message/message_catalogue.h"
#include "support/version.h"

namespace ecslint {
namespace {

// The source of a page: rules/ECS101.md, or rules/ja/ECS101.md and the examples of rules/ECS101.md.
std::string generatedNote(std::string_view source, Language language) {
  const std::string command = language == Language::Japanese
                                  ? "ecslint docs --lang ja --output-dir docs/rules/ja"
                                  : "ecslint docs --output-dir docs/rules";
  return "<!-- " +
         renderMessage(language, "docs.generated-note",
                       {{"file", std::string(source)}, {"command", command}}) +
         " -->\n";
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

std::string rulePage(const RuleInfo& rule, Language language) {
  const auto word = [language](std::string_view id, MessageArgs arguments = {}) {
    return renderMessage(language, id, arguments);
  };
  std::string source = std::string(rule.fileName);
  if (language == Language::Japanese) source = "ja/" + source;
  std::string page = generatedNote(source, language);
  page += "# " + std::string(rule.id) + " " + std::string(rule.name) + "\n\n";
  page += "**" + std::string(ruleTitle(rule, language)) + "**\n\n";
  page += "| | |\n|---|---|\n";
  page += "| " + word("docs.table.severity") + " | " + severityWord(rule.severity, language) + " |\n";
  page += "| " + word("docs.table.enabled") + " | " +
          (rule.enabledByDefault ? word("docs.table.by-default")
                                 : word("docs.table.opt-in", {{"rule", std::string(rule.id)}})) +
          " |\n";
  page += "| " + word("docs.table.category") + " | " + std::string(rule.category) + " |\n";
  page += "| " + word("docs.table.tags") + " | " + joined(rule.tags) + " |\n";
  page += "| " + word("docs.table.precision") + " | " + std::string(rule.precision) + " |\n";
  if (!rule.securitySeverity.empty()) {
    page += "| " + word("docs.table.security-severity") + " | " + std::string(rule.securitySeverity) + " |\n";
  }
  page += "\n";
  page += ruleMarkdown(rule, language);
  if (!page.ends_with('\n')) page += '\n';
  page += "\n---\n\n" + word("docs.page-footer", {{"rule", std::string(rule.id)}}) + "\n";
  return page;
}

std::string indexPage(const RuleCatalogue& catalogue, Language language) {
  const auto word = [language](std::string_view id) { return renderMessage(language, id); };
  std::string page = generatedNote(language == Language::Japanese ? "ja/*.md" : "*.md", language);
  page += "# " + word("docs.index.heading") + "\n\n";
  page += word("docs.index.intro") + "\n\n";
  page += "| id | " + word("docs.index.name") + " | " + word("docs.index.severity") + " | " +
          word("docs.index.default") + " | " + word("docs.index.title") + " |\n|---|---|---|---|---|\n";
  for (const RuleInfo& rule : catalogue.rules()) {
    page += "| [" + std::string(rule.id) + "](" + std::string(rule.id) + ".md) | " + cell(rule.name) + " | " +
            severityWord(rule.severity, language) + " | " +
            (rule.enabledByDefault ? word("docs.index.enabled") : word("docs.index.opt-in")) + " | " +
            cell(ruleTitle(rule, language)) + " |\n";
  }
  return page;
}

}  // namespace

std::vector<GeneratedPage> renderRulePages(const RuleCatalogue& catalogue, Language language) {
  std::vector<GeneratedPage> pages;
  for (const RuleInfo& rule : catalogue.rules())
    pages.push_back({std::string(rule.id) + ".md", rulePage(rule, language)});
  pages.push_back({"README.md", indexPage(catalogue, language)});
  return pages;
}

std::string severityWord(Severity severity, Language language) {
  switch (severity) {
    case Severity::Error:
      return renderMessage(language, "docs.severity.error");
    case Severity::Warning:
      return renderMessage(language, "docs.severity.warning");
    case Severity::Note:
      break;
  }
  return renderMessage(language, "docs.severity.note");
}

std::string ruleExplanation(const RuleInfo& rule, Language language) {
  const std::string optIn =
      rule.enabledByDefault ? "" : ", " + renderMessage(language, "docs.explain.opt-in");
  return std::string(rule.id) + ' ' + std::string(rule.name) + " (" + severityWord(rule.severity, language) +
         optIn + ")\n" + std::string(ruleTitle(rule, language)) + "\n\n" + ruleMarkdown(rule, language);
}

std::string rulePageUrl(const RuleInfo& rule, Language language) {
  return std::string(kHomepage) + "/blob/main/docs/rules/" + (language == Language::Japanese ? "ja/" : "") +
         std::string(rule.id) + ".md";
}

}  // namespace ecslint
