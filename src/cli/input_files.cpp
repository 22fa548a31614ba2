#include "cli/input_files.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace ecslint {
namespace {

namespace fs = std::filesystem;

bool skippedDirectory(const fs::path& directory) {
  const std::string name = directory.filename().string();
  return (name.size() > 1 && name.front() == '.') || name == "node_modules";
}

// Whether the walk can list `directory`; otherwise records why. Checked before descending because
// the iterator, failing to open a subdirectory, ends the whole walk.
bool listable(const fs::path& directory, InputFiles& result) {
  if (::access(directory.c_str(), R_OK | X_OK) == 0) return true;
  result.problems.push_back(
      {directory.string(), std::string("cannot list directory: ") + std::strerror(errno)});
  return false;
}

void walk(const fs::path& root, InputFiles& result) {
  std::vector<std::string> found;
  std::error_code error;
  // Unreadable directories are reported, not skipped: a CI run that silently lints fewer files
  // than it was given would pass for the wrong reason.
  fs::recursive_directory_iterator it(root, fs::directory_options::none, error);
  if (error) {
    result.problems.push_back({root.string(), "cannot list directory: " + error.message()});
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end;) {
    const fs::directory_entry& entry = *it;
    std::error_code typeError;
    if (entry.is_directory(typeError)) {
      if (entry.is_symlink(typeError) || skippedDirectory(entry.path()) || !listable(entry.path(), result)) {
        it.disable_recursion_pending();
      }
    } else if (entry.path().extension() == ".json") {
      if (entry.is_regular_file(typeError)) {
        found.push_back(entry.path().string());
      } else if (typeError) {
        // A symlink that loops or dangles: say so rather than skip a file that may be a task definition.
        result.problems.push_back({entry.path().string(), "cannot read: " + typeError.message()});
      }
    }
    const std::string current = entry.path().string();
    it.increment(error);
    if (error) {
      result.problems.push_back({current, "cannot list directory: " + error.message()});
      break;
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
