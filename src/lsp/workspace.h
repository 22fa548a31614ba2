#pragma once
// How the server lints a document: as the command line lints the file at its path. The nearest
// .ecslint.json (LintSettings, ConfigFinder), its per_file_ignores for that path, and the
// language of messages: the configuration's `lang`, else the client's locale, else English.
// Configurations are read from disk once and forgotten by reload(), when one changes.

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/lint_settings.h"

namespace ecslint::lsp {

// What linting one document needs; `problem` instead when its configuration is broken.
struct DocumentSettings {
  const Linter* linter = nullptr;
  std::vector<ExternalIgnore> ignores;
  const Config* config = nullptr;  // nullptr: no configuration governs it
  Language language = Language::English;
  std::string problem;  // a configuration that cannot be read or is invalid, in `language`
};

class Workspace {
 public:
  explicit Workspace(Language clientLanguage);

  // `path`: the document's file path; nullopt for a document that is not a file (untitled:), which
  // is linted with the defaults.
  DocumentSettings settingsFor(const std::optional<std::string>& path);
  // Forgets every configuration read, so the next settingsFor() reads them again.
  void reload();
  Language clientLanguage() const { return clientLanguage_; }

 private:
  LintSettings& settings(Language language);

  Language clientLanguage_;
  // One set per language, made on first use: a linter renders its messages in one language.
  std::array<std::unique_ptr<Options>, 2> options_;
  std::array<std::unique_ptr<LintSettings>, 2> settings_;
};

}  // namespace ecslint::lsp
