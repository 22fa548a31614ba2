#include "cli/input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace ecslint {
namespace {

namespace fs = std::filesystem;

bool skippedDirectory(const fs::path& directory) {
  const std::string name = directory.filename().string();
  return (name.size() > 1 && name.front() == '.') || name == "node_modules";
}

void walk(const fs::path& root, InputFiles& result) {
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
  if (error) {
    result.problems.push_back({root.string(), "cannot list directory: " + error.message()});
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
    if (error) {
      result.problems.push_back({it->path().string(), "cannot list directory: " + error.message()});
      break;
    }
    const fs::directory_entry& entry = *it;
    std::error_code typeError;
    if (entry.is_directory(typeError)) {
      if (entry.is_symlink(typeError) || skippedDirectory(entry.path())) it.disable_recursion_pending();
      continue;
    }
    if (entry.path().extension() != ".json") continue;
    if (entry.is_regular_file(typeError)) {
      found.push_back(entry.path().string());
    } else if (typeError) {
      // A symlink that loops or dangles: say so rather than skip a file that may be a task definition.
      result.problems.push_back({entry.path().string(), "cannot read: " + typeError.message()});
    }
  }
  std::sort(found.begin(), found.end());
  for (std::string& path : found) result.files.push_back(InputFile{std::move(path), false, false});
}

}  // namespace

InputFiles collectInputFiles(const std::vector<std::string>& paths, const std::string& stdinName) {
  InputFiles result;
  for (const std::string& path : paths) {
    if (path == "-") {
      result.files.push_back(InputFile{stdinName.empty() ? "<stdin>" : stdinName, true, true});
      continue;
    }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error && error != std::errc::no_such_file_or_directory) {
      result.problems.push_back({path, "cannot read: " + error.message()});  // a symlink loop, EACCES...
    } else if (error || !fs::exists(status)) {
      result.problems.push_back({path, "no such file or directory"});
    } else if (fs::is_directory(status)) {
      walk(path, result);
    } else {
      result.files.push_back(InputFile{path, true, false});
    }
  }
  return result;
}

}  // namespace ecslint
