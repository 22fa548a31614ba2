#include "lsp/workspace.h"

namespace ecslint::lsp {

Workspace::Workspace(Language clientLanguage) : clientLanguage_(clientLanguage) {}

void Workspace::reload() {
  for (auto& settings : settings_) settings.reset();
}

LintSettings& Workspace::settings(Language language) {
  const auto index = static_cast<std::size_t>(language);
  if (!settings_[index]) {
    options_[index] = std::make_unique<Options>();
    options_[index]->language = language;
    // What the JSON report needs is what an editor shows: fixes with their titles, and related
    // locations with their messages.
    options_[index]->format = OutputFormat::Json;
    settings_[index] = std::make_unique<LintSettings>(RuleCatalogue::builtIn(), *options_[index]);
  }
  return *settings_[index];
}

DocumentSettings Workspace::settingsFor(const std::optional<std::string>& path) {
  DocumentSettings result;
  result.language = clientLanguage_;
  const InputFile input{path.value_or(""), true, false};
  if (path) {
    // The configuration decides the language its own errors are told in, so it is first read in
    // the client's.
    auto config = settings(clientLanguage_).configFor(input);
    if (!config) {
      result.problem = config.error();
      return result;
    }
    if (*config != nullptr && (*config)->language) result.language = *(*config)->language;
  }
  LintSettings& chosen = settings(result.language);
  if (path) {
    auto config = chosen.configFor(input);
    if (!config) {
      result.problem = config.error();
      return result;
    }
    result.config = *config;
  }
  auto linter = chosen.linterFor(result.config);
  if (!linter) {
    result.problem = linter.error();
    return result;
  }
  result.linter = *linter;
  std::vector<IgnoreOrigin> origins;
  if (path) result.ignores = chosen.ignoresFor(result.config, input, origins);
  return result;
}

}  // namespace ecslint::lsp
