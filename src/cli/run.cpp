#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/fix_run.h"
#include "engine/linter.h"

namespace ecslint {
namespace {

int listRules(std::ostream& out) {
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

int explainRule(std::ostream& out, const std::string& idOrName) {
  const RuleInfo* rule = RuleCatalogue::builtIn().find(idOrName);
  if (rule == nullptr) {
    auto matches = matchRules(RuleCatalogue::builtIn(), idOrName);
    std::cerr << "ecslint: "
              << (matches ? "'" + idOrName + "' names several rules; give one id" : matches.error()) << '\n';
    return kExitUsage;
  }
  out << rule->id << ' ' << rule->name << " (" << severityName(rule->severity)
      << (rule->enabledByDefault ? "" : ", opt-in") << ")\n"
      << rule->title << "\n\n"
      << rule->documentation;
  return kExitClean;
}

}  // namespace

int run(const Options& options) {
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
        code = listRules(out);
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
