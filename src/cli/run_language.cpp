#include <filesystem>

#include "cli/options.h"
#include "config/config_finder.h"

namespace ecslint {

Language runLanguage(const Options& options) {
  if (options.language) return *options.language;
  // A configuration that does not load is reported by the lint itself; here it only has no say.
  if (!options.configFile.empty()) {
    auto config = loadConfig(RuleCatalogue::builtIn(), options.configFile);
    if (config && config->language) return *config->language;
  } else {
    ConfigFinder finder(RuleCatalogue::builtIn());
    auto config = finder.forDirectory(std::filesystem::path("."));
    if (config && *config != nullptr && (*config)->language) return *(*config)->language;
  }
  return languageFromEnvironment();
}

}  // namespace ecslint
