#include <unistd.h>

#include <iostream>

#include "catalogue/rule_page.h"
#include "cli/commands.h"
#include "cli/fix_run.h"
#include "engine/linter.h"
#include "message/message_catalogue.h"
#include "report/json_writing.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

// `ecslint rules --format json`: every rule's metadata, for scripts and editor integrations.
void listRulesAsJson(std::ostream& out, Language language) {
  rapidjson::StringBuffer buffer;
  json_writing::Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartArray();
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    w.StartObject();
    json_writing::member(w, "id", rule.id);
    json_writing::member(w, "name", rule.name);
    json_writing::member(w, "severity", severityName(rule.severity));
    json_writing::key(w, "enabled_by_default");
    w.Bool(rule.enabledByDefault);
    json_writing::member(w, "title", ruleTitle(rule, language));
    json_writing::member(w, "category", rule.category);
    json_writing::key(w, "tags");
    w.StartArray();
    for (std::string_view tag : rule.tags) json_writing::string(w, tag);
    w.EndArray();
    json_writing::member(w, "precision", rule.precision);
    w.EndObject();
  }
  w.EndArray();
  out << buffer.GetString() << '\n';
}

int listRules(std::ostream& out, OutputFormat format, Language language) {
  if (format == OutputFormat::Json) {
    listRulesAsJson(out, language);
    return kExitClean;
  }
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    std::string name(rule.name);
    name.resize(std::max<std::size_t>(name.size(), 46), ' ');
    std::string severity(severityName(rule.severity));
    severity.resize(8, ' ');
    out << rule.id << "  " << name << ' ' << severity << ' '
        << (rule.enabledByDefault ? "enabled" : "opt-in ") << "  " << ruleTitle(rule, language) << '\n';
  }
  return kExitClean;
}

// "ECS101, ECS111 or ECS112" in the run's language.
std::string suggestionList(const std::vector<std::string_view>& items, Language language) {
  std::string list(items.front());
  for (std::size_t i = 1; i + 1 < items.size(); ++i)
    list = renderMessage(language, "docs.suggestion-list.more",
                         {{"first", list}, {"next", std::string(items[i])}});
  if (items.size() == 1) return list;
  return renderMessage(language, "docs.suggestion-list.or",
                       {{"first", list}, {"last", std::string(items.back())}});
}

// "no rule 'ECS1011'; did you mean ECS101 or ECS111?" (`ecslint rules` lists them all).
std::string unknownRuleMessage(const std::string& idOrName, Language language) {
  std::vector<std::string_view> candidates;
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    candidates.push_back(rule.id);
    candidates.push_back(rule.name);
  }
  const std::vector<std::string_view> nearest = nearestSpellings(idOrName, candidates, 3);
  if (nearest.empty()) return renderMessage(language, "docs.unknown-rule", {{"rule", idOrName}});
  return renderMessage(language, "docs.unknown-rule.suggest",
                       {{"rule", idOrName}, {"suggestions", suggestionList(nearest, language)}});
}

int explainRule(std::ostream& out, const std::string& idOrName, Language language) {
  const RuleInfo* rule = RuleCatalogue::builtIn().find(idOrName);
  if (rule == nullptr) {
    auto matches = matchRules(RuleCatalogue::builtIn(), idOrName);
    std::cerr << "ecslint: "
              << (matches ? renderMessage(language, "docs.several-rules", {{"rule", idOrName}})
                          : unknownRuleMessage(idOrName, language))
              << '\n';
    return kExitUsage;
  }
  out << ruleExplanation(*rule, language);
  return kExitClean;
}

}  // namespace

int run(const Options& given) {
  Options options = given;
  options.language = runLanguage(given);
  // With --fix and "-", standard output carries the fixed document and the report goes to stderr.
  const bool reportToStderr = fixedDocumentOnStdout(options);
  ReportOutput output(options.outputFile, reportToStderr ? STDERR_FILENO : STDOUT_FILENO);
  const bool toTerminal =
      options.outputFile.empty() && isatty(reportToStderr ? STDERR_FILENO : STDOUT_FILENO) == 1;

  int code = kExitClean;
  if (options.command == Command::Lint) {
    code = lint(options, output, toTerminal);
  } else {
    if (auto opened = output.open(); !opened) {
      std::cerr << "ecslint: " << opened.error() << '\n';
      return kExitUsage;
    }
    std::ostream& out = output.stream();
    switch (options.command) {
      case Command::ListRules:
        code = listRules(out, options.format, *options.language);
        break;
      case Command::Explain:
        code = explainRule(out, options.explainRule, *options.language);
        break;
      case Command::Docs:
        code = writeRuleDocs(options.docsDirectory, out, *options.language);
        break;
      case Command::Lint:
      case Command::LanguageServer:  // started by main(), never here
        break;
    }
  }
  if (!output.isOpen()) return code;  // the run stopped before its report: no report at all
  if (auto committed = output.commit(); !committed) {
    std::cerr << "ecslint: " << committed.error() << '\n';
    return kExitUsage;
  }
  return code;
}

}  // namespace ecslint
