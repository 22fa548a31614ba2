#include "lsp/document_lint.h"

#include <filesystem>

#include "cli/meant_as_task_definition.h"
#include "config/config.h"
#include "message/message_catalogue.h"

namespace ecslint::lsp {

bool isConfigurationPath(const std::string& path) {
  return std::filesystem::path(path).filename() == kConfigFileName;
}

LintText documentLinter(const OpenDocument& document, const DocumentSettings& settings) {
  return [linter = settings.linter, ignores = settings.ignores, name = document.path.value_or(document.uri)](
             std::string bytes) { return linter->lint(name, std::move(bytes), ignores); };
}

void lintDocument(OpenDocument& document, Workspace& workspace) {
  document.dirty = false;
  LintResult& lint = document.lint;
  lint = LintResult{};
  lint.version = document.version;
  lint.language = workspace.clientLanguage();
  if (document.path && isConfigurationPath(*document.path)) return;
  try {
    const DocumentSettings settings = workspace.settingsFor(document.path);
    lint.language = settings.language;
    // With a broken configuration the command line lints nothing; neither does the server, but it
    // says why on the documents that are its business (linted with the defaults to tell), not on
    // every JSON and YAML file.
    const bool usable = settings.problem.empty();
    FileReport report =
        documentLinter(document, usable ? settings : workspace.settingsFor(std::nullopt))(document.text);
    const bool ours = report.isTaskDefinition || report.isTemplate || report.isTerraformPlan;
    if (ours) document.recognised = true;
    const bool brokenButOurs = parseFailed(report) && (document.recognised || meantAsTaskDefinition(report));
    if (!ours && !brokenButOurs) return;
    if (usable) {
      lint.report = std::move(report);
    } else {
      lint.problem = renderMessage(settings.language, "lsp.config-error", {{"error", settings.problem}});
    }
  } catch (const std::exception& failure) {
    // A defect in ecslint, not in the document: say so where the user looks, and keep serving.
    lint.report.reset();
    lint.problem = renderMessage(lint.language, "lsp.internal-error", {{"error", failure.what()}});
  }
}

}  // namespace ecslint::lsp
