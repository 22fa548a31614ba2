#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/fix_run.h"
#include "engine/linter.h"
#include "report/json_writing.h"
#include "support/spelling.h"

namespace ecslint {
namespace {

// `ecslint rules --format json`: every rule's metadata, for scripts and editor integrations.
void listRulesAsJson(std::ostream& out) {
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
    json_writing::member(w, "title", rule.title);
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

int listRules(std::ostream& out, OutputFormat format) {
  if (format == OutputFormat::Json) {
    listRulesAsJson(out);
    return kExitClean;
  }
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    std::string name(rule.name);
    name.resize(std::max<std::size_t>(name.size(), 46), ' ');
    std::string severity(severityName(rule.severity));
    severity.resize(8, ' ');
    out << rule.id << "  " << name << ' ' << severity << ' '
        << (rule.enabledByDefault ? "enabled" : "opt-in ") << "  " << rule.title << '\n';
  }
  return kExitClean;
}

// "no rule 'ECS1011'; did you mean ECS101 or ECS111?" (`ecslint rules` lists them all).
std::string unknownRuleMessage(const std::string& idOrName) {
  std::vector<std::string_view> candidates;
  for (const RuleInfo& rule : RuleCatalogue::builtIn().rules()) {
    candidates.push_back(rule.id);
    candidates.push_back(rule.name);
  }
  const std::vector<std::string_view> nearest = nearestSpellings(idOrName, candidates, 3);
  std::string message = "no rule '" + idOrName + "'";
  for (std::size_t i = 0; i < nearest.size(); ++i) {
    message += i == 0 ? "; did you mean " : i + 1 == nearest.size() ? " or " : ", ";
    message += nearest[i];
  }
  return message + (nearest.empty() ? "; ecslint rules lists every rule" : "?");
}

int explainRule(std::ostream& out, const std::string& idOrName) {
  const RuleInfo* rule = RuleCatalogue::builtIn().find(idOrName);
  if (rule == nullptr) {
    auto matches = matchRules(RuleCatalogue::builtIn(), idOrName);
    std::cerr << "ecslint: "
              << (matches ? "'" + idOrName + "' names several rules; give one id"
                          : unknownRuleMessage(idOrName))
              << '\n';
    return kExitUsage;
  }
  out << rule->id << ' ' << rule->name << " (" << severityName(rule->severity)
      << (rule->enabledByDefault ? "" : ", opt-in") << ")\n"
      << rule->title << "\n\n"
      << rule->documentation;
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
        code = listRules(out, options.format);
        break;
      case Command::Explain:
        code = explainRule(out, options.explainRule);
        break;
      case Command::Docs:
        code = writeRuleDocs(options.docsDirectory, out);
        break;
      case Command::Lint:
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
