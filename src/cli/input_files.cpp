#include "cli/input_files.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>
#include <system_error>

#include "message/message_catalogue.h"

namespace ecslint {
namespace {

namespace fs = std::filesystem;

bool skippedName(const std::string& name) {
  static constexpr std::array<std::string_view, 3> kSkipped = {"node_modules", "CVS", "_darcs"};
  return (name.size() > 1 && name.front() == '.') ||
         std::find(kSkipped.begin(), kSkipped.end(), name) != kSkipped.end();
}

// What a walk reads: JSON (task definitions, CDK's `.template.json`) and CloudFormation templates
// (`.yaml`, `.yml`, `.template`). Never ".json" itself: dot files are skipped.
bool lintableName(std::string_view name) {
  return name.ends_with(".json") || name.ends_with(".yaml") || name.ends_with(".yml") ||
         name.ends_with(".template");
}

class Walker {
 public:
  Walker(InputFiles& result, Language language) : result_(result), language_(language) {}

  // The same file twice (a/x.json and ./a/x.json, named and walked, a link to it) is linted once:
  // files are told apart by device and inode. One that cannot be reached now is added (reading it
  // will say why).
  void add(const std::string& path, bool explicitlyNamed) {
    const std::optional<FileIdentity> identity = identityOf(path);
    if (identity && !seen_.insert(*identity).second) return;
    result_.files.push_back(InputFile{path, explicitlyNamed, false, identity});
  }

  // Iterative depth-first walk: no recursion, whatever the depth of the tree.
  void walk(const std::string& root) {
    std::vector<std::string> pending{root};
    while (!pending.empty()) {
      const std::string directory = std::move(pending.back());
      pending.pop_back();
      std::vector<std::pair<std::string, bool>> entries;  // (name, is a directory to enter)
      std::error_code error;
      // Unreadable directories are reported, not skipped: a CI run that silently lints fewer files
      // than it was given would pass for the wrong reason.
      fs::directory_iterator it(directory, fs::directory_options::none, error);
      if (error) {
        cannotList(directory, error);
        continue;
      }
      for (const fs::directory_iterator end; it != end; it.increment(error)) {
        const fs::directory_entry& entry = *it;
        const std::string& entryPath = entry.path().native();
        const std::string name = entryPath.substr(entryPath.rfind('/') + 1);
        if (skippedName(name)) continue;
        std::error_code typeError;
        const fs::file_status linkStatus = entry.symlink_status(typeError);
        if (typeError) continue;
        if (fs::is_directory(linkStatus)) {
          entries.emplace_back(name, true);
        } else if (lintableName(name)) {
          if (entry.is_regular_file(typeError)) {
            entries.emplace_back(name, false);  // a regular file, or a symbolic link to one
          } else if (typeError) {
            // A link that loops or dangles: say so rather than skip what may be a task definition.
            result_.problems.push_back(
                {entry.path().string(),
                 renderMessage(language_, "cli.input.cannot-read", {{"error", typeError.message()}})});
          }
        }
      }
      if (error) cannotList(directory, error);
      std::sort(entries.begin(), entries.end());
      const std::string prefix = directory.ends_with('/') ? directory : directory + '/';
      // A directory's own files first, then its subdirectories in name order (pushed in reverse,
      // so that the first is walked first).
      std::vector<std::string> subdirectories;
      for (const auto& [name, isDirectory] : entries) {
        if (isDirectory) {
          subdirectories.push_back(prefix + name);
        } else {
          add(prefix + name, false);
        }
      }
      for (auto sub = subdirectories.rbegin(); sub != subdirectories.rend(); ++sub) pending.push_back(*sub);
    }
  }

 private:
  void cannotList(const std::string& directory, const std::error_code& error) {
    result_.problems.push_back(
        {directory, renderMessage(language_, "cli.input.cannot-list", {{"error", error.message()}})});
  }

  InputFiles& result_;
  Language language_;
  std::set<FileIdentity> seen_;
};

// The regular file standard input was redirected from, if it is one.
std::optional<FileIdentity> stdinIdentity() {
  struct stat status {};
  if (::fstat(STDIN_FILENO, &status) != 0 || !S_ISREG(status.st_mode)) return std::nullopt;
  return identityOf(status);
}

}  // namespace

InputFiles collectInputFiles(const std::vector<std::string>& paths, const std::string& stdinName,
                             Language language) {
  InputFiles result;
  Walker walker(result, language);
  bool stdinSeen = false;
  for (const std::string& path : paths) {
    if (path == "-") {
      if (!stdinSeen)
        result.files.push_back(
            InputFile{stdinName.empty() ? "<stdin>" : stdinName, true, true, stdinIdentity()});
      stdinSeen = true;
      continue;
    }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error && error != std::errc::no_such_file_or_directory) {
      // A symlink loop, EACCES...
      result.problems.push_back(
          {path, renderMessage(language, "cli.input.cannot-read", {{"error", error.message()}})});
    } else if (error || !fs::exists(status)) {
      result.problems.push_back({path, renderMessage(language, "cli.input.missing")});
    } else if (fs::is_directory(status)) {
      walker.walk(path);
    } else {
      walker.add(path, true);
    }
  }
  return result;
}

}  // namespace ecslint
