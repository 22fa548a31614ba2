#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

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
  std::ofstream file;
  if (!options.outputFile.empty()) {
    file.open(options.outputFile, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "ecslint: cannot write " << options.outputFile << ": " << std::strerror(errno) << '\n';
      return kExitUsage;
    }
  }
  // With --fix and "-", standard output carries the fixed document and the report goes to stderr.
  const bool reportToStderr = fixedDocumentOnStdout(options);
  std::ostream& out = !options.outputFile.empty() ? file : reportToStderr ? std::cerr : std::cout;
  const bool toTerminal =
      options.outputFile.empty() && isatty(reportToStderr ? STDERR_FILENO : STDOUT_FILENO) == 1;

  int code = kExitClean;
  switch (options.command) {
    case Command::ListRules:
      code = listRules(out);
      break;
    case Command::Explain:
      code = explainRule(out, options.explainRule);
      break;
    case Command::Lint:
      code = lint(options, out, toTerminal);
      break;
    case Command::Docs:
      code = writeRuleDocs(options.docsDirectory, out);
      break;
  }
  out.flush();
  if (!out) {
    std::cerr << "ecslint: cannot write the report\n";
    return kExitUsage;
  }
  return code;
}

}  // namespace ecslint
