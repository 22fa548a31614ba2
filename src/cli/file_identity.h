#pragma once
// Which file a path or an open descriptor is: device and inode, so the same file is recognised
// through symbolic links, hard links and different spellings of its path.

#include <sys/stat.h>

#include <optional>
#include <string>

namespace ecslint {

struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
  friend auto operator<=>(const FileIdentity&, const FileIdentity&) = default;
};

inline FileIdentity identityOf(const struct stat& status) { return {status.st_dev, status.st_ino}; }

// The file `path` names, symbolic links followed (nullopt: it cannot be reached).
inline std::optional<FileIdentity> identityOf(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return std::nullopt;
  return identityOf(status);
}

}  // namespace ecslint
