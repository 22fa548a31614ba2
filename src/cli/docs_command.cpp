// `ecslint docs --output-dir docs/rules`: the rule pages, generated from the embedded catalogue.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>

#include "catalogue/rule_page.h"
#include "cli/commands.h"
#include "message/message_catalogue.h"

namespace ecslint {

namespace fs = std::filesystem;

int writeRuleDocs(const std::string& directory, std::ostream& out, Language language) {
  std::error_code error;
  fs::create_directories(directory, error);
  if (error) {
    std::cerr << "ecslint: "
              << renderMessage(language, "docs.cannot-create",
                               {{"directory", directory}, {"error", error.message()}})
              << '\n';
    return kExitUsage;
  }
  const std::vector<GeneratedPage> pages = renderRulePages(RuleCatalogue::builtIn(), language);
  std::set<std::string> written;
  for (const GeneratedPage& page : pages) {
    const fs::path path = fs::path(directory) / page.fileName;
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << page.content;
    file.close();
    if (!file) {
      std::cerr << "ecslint: "
                << renderMessage(language, "docs.cannot-write",
                                 {{"path", path.string()}, {"error", std::strerror(errno)}})
                << '\n';
      return kExitUsage;
    }
    written.insert(page.fileName);
  }
  // A page whose rule left the catalogue would go on documenting it: remove it. Only rule pages
  // (ECSnnn.md) are touched, never other files in the directory.
  std::size_t removed = 0;
  const std::regex rulePage("ECS[0-9]+\\.md");
  for (const fs::directory_entry& entry : fs::directory_iterator(directory, error)) {
    const std::string name = entry.path().filename().string();
    if (std::regex_match(name, rulePage) && written.count(name) == 0 && fs::remove(entry.path(), error))
      ++removed;
  }
  const std::string count = std::to_string(pages.size());
  if (removed == 0) {
    out << renderMessage(language, "docs.written", {{"count", count}, {"directory", directory}}) << '\n';
  } else {
    out << renderMessage(language, "docs.written-removed",
                         {{"count", count}, {"directory", directory}, {"removed", std::to_string(removed)}})
        << '\n';
  }
  return kExitClean;
}

}  // namespace ecslint
