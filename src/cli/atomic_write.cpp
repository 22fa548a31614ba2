#include "cli/atomic_write.h"

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "message/message_catalogue.h"

namespace ecslint {
namespace {

std::string errorText(int error) { return std::strerror(error); }

// 0 or errno.
int writeAll(int fd, std::string_view bytes, off_t offset) {
  while (!bytes.empty()) {
    const ssize_t n = ::pwrite(fd, bytes.data(), bytes.size(), offset);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
    offset += n;
  }
  return 0;
}

std::string directoryOf(const std::string& path) { return path.substr(0, path.rfind('/') + 1); }

// Every extended attribute of `from` (ACLs are the system.posix_acl_* ones) set on `to`. False when
// one cannot be read or set (no permission for security.* or trusted.*, a file system without
// them): the caller then keeps the original file instead.
bool copyExtendedAttributes(const std::string& from, int to) {
  ssize_t size = ::listxattr(from.c_str(), nullptr, 0);
  if (size < 0) return errno == ENOTSUP;
  if (size == 0) return true;
  std::vector<char> names(static_cast<std::size_t>(size));
  size = ::listxattr(from.c_str(), names.data(), names.size());
  if (size < 0) return false;
  std::vector<char> value;
  for (const char* name = names.data(); name < names.data() + size; name += std::strlen(name) + 1) {
    const ssize_t length = ::getxattr(from.c_str(), name, nullptr, 0);
    if (length < 0) return false;
    value.resize(static_cast<std::size_t>(length));
    if (::getxattr(from.c_str(), name, value.data(), value.size()) != length) return false;
    if (::fsetxattr(to, name, value.data(), value.size(), 0) != 0) return false;
  }
  return true;
}

// Whether the temporary file now carries everything the original had: owner and group (set
// separately, so that a group can be kept when the owner cannot), mode (after chown, which clears
// set-id bits), extended attributes.
bool takeOver(const std::string& original, const struct stat& status, int fd) {
  // Failures show in the check below.
  if (status.st_uid != ::geteuid()) {
    [[maybe_unused]] const int owner = ::fchown(fd, status.st_uid, static_cast<gid_t>(-1));
  }
  if (status.st_gid != ::getegid()) {
    [[maybe_unused]] const int group = ::fchown(fd, static_cast<uid_t>(-1), status.st_gid);
  }
  if (::fchmod(fd, status.st_mode & 07777) != 0) return false;
  struct stat now {};
  if (::fstat(fd, &now) != 0) return false;
  return now.st_uid == status.st_uid && now.st_gid == status.st_gid &&
         (now.st_mode & 07777) == (status.st_mode & 07777) && copyExtendedAttributes(original, fd);
}

// The new content over the old, in the same inode. 0 or errno.
int writeInPlace(const std::string& path, std::string_view bytes, FileIdentity read) {
  installSignalCleanup();
  const SignalsDeferred signalsWait;
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return errno;
  struct stat status {};
  int error = ::fstat(fd, &status) != 0 ? errno : 0;
  if (error == 0 && identityOf(status) != read) error = ESTALE;
  // Reserve the space first: a full disk then fails before any byte of the file has changed.
  if (error == 0 && static_cast<off_t>(bytes.size()) > status.st_size) {
    error = ::posix_fallocate(fd, 0, static_cast<off_t>(bytes.size()));
    if (error == EOPNOTSUPP || error == EINVAL) error = 0;  // a file system that cannot reserve
  }
  if (error == 0) error = writeAll(fd, bytes, 0);
  if (error == 0 && ::ftruncate(fd, static_cast<off_t>(bytes.size())) != 0) error = errno;
  if (error == 0 && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  return error;
}

bool cannotUseDirectory(int error) { return error == EACCES || error == EPERM; }

}  // namespace

Result<std::string, std::string> resolveLinks(const std::string& path, Language language) {
  std::string current = path;
  for (int hop = 0; hop < 40; ++hop) {
    const std::size_t slash = current.rfind('/');
    const std::string directory = slash == std::string::npos ? "."
                                  : slash == 0               ? "/"
                                                             : current.substr(0, slash);
    const std::string name = slash == std::string::npos ? current : current.substr(slash + 1);
    char resolved[PATH_MAX];
    if (::realpath(directory.c_str(), resolved) == nullptr) return makeError(errorText(errno));
    struct statfs fileSystem {};
    if (::statfs(resolved, &fileSystem) == 0 && fileSystem.f_type == PROC_SUPER_MAGIC) {
      return makeError(renderMessage(language, "cli.write.through-proc"));
    }
    std::string full = resolved;
    if (!full.ends_with('/')) full += '/';
    full += name;
    struct stat status {};
    if (::lstat(full.c_str(), &status) != 0) {
      if (errno == ENOENT) return full;
      return makeError(errorText(errno));
    }
    if (!S_ISLNK(status.st_mode)) return full;
    std::vector<char> target(static_cast<std::size_t>(status.st_size > 0 ? status.st_size : PATH_MAX) + 1);
    const ssize_t length = ::readlink(full.c_str(), target.data(), target.size());
    if (length < 0) return makeError(errorText(errno));
    const std::string link(target.data(), static_cast<std::size_t>(length));
    current = link.starts_with('/') ? link : directoryOf(full) + link;
  }
  return makeError(errorText(ELOOP));
}

TemporaryFile::TemporaryFile(std::string target, std::vector<char> path, int fd)
    : target_(std::move(target)), path_(std::move(path)), fd_(fd) {
  if (!path_.empty()) registration_.emplace(path_.data());
}

std::vector<char> TemporaryFile::nameFor(const std::string& target, std::string_view suffix) {
  const std::size_t slash = target.rfind('/');
  const std::string pattern =
      target.substr(0, slash + 1) + "." + target.substr(slash + 1) + ".ecslint-" + std::string(suffix);
  std::vector<char> path(pattern.begin(), pattern.end());
  path.push_back('\0');
  return path;
}

Result<std::unique_ptr<TemporaryFile>, int> TemporaryFile::create(const std::string& target) {
  installSignalCleanup();
  // Unnamed while it is written (O_TMPFILE), so that even SIGKILL leaves nothing behind; it gets a
  // name only to be renamed. Linking it needs /proc; file systems without O_TMPFILE get a named file.
  if (::access("/proc/self/fd", X_OK) == 0) {
    const int fd = ::open(directoryOf(target).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0) return std::unique_ptr<TemporaryFile>(new TemporaryFile(target, {}, fd));
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) return makeError(errno);
  }
  std::vector<char> path = nameFor(target, "XXXXXX");
  // The name is registered for the signal handler only once the object exists: between mkstemp and
  // that moment, an interrupted run can leave an empty temporary file.
  const int fd = ::mkostemp(path.data(), O_CLOEXEC);
  if (fd < 0) return makeError(errno);
  return std::unique_ptr<TemporaryFile>(new TemporaryFile(target, std::move(path), fd));
}

TemporaryFile::~TemporaryFile() {
  registration_.reset();
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !path_.empty()) ::unlink(path_.data());
}

int TemporaryFile::linkUnnamed() {
  const std::string descriptor = "/proc/self/fd/" + std::to_string(fd_);
  // linkat cannot pick a unique name as mkstemp does: the process id and a counter, skipping names
  // a killed process may have left.
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 1000; ++attempt) {
    std::vector<char> path = nameFor(target_, std::to_string(::getpid()) + "-" + std::to_string(counter++));
    if (::linkat(AT_FDCWD, descriptor.c_str(), AT_FDCWD, path.data(), AT_SYMLINK_FOLLOW) == 0) {
      path_ = std::move(path);
      registration_.emplace(path_.data());
      return 0;
    }
    if (errno != EEXIST) return errno;
  }
  return EEXIST;
}

int TemporaryFile::commit() {
  if (::fsync(fd_) != 0) return errno;
  if (path_.empty()) {
    if (const int error = linkUnnamed(); error != 0) return error;
  }
  const int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0) return errno;
  if (::rename(path_.data(), target_.c_str()) != 0) return errno;
  committed_ = true;
  if (const int directory = ::open(directoryOf(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      directory >= 0) {
    ::fsync(directory);
    ::close(directory);
  }
  return 0;
}

Result<void, std::string> replaceFileContent(const std::string& path, std::string_view bytes,
                                             FileIdentity read, Language language) {
  auto resolved = resolveLinks(path, language);
  if (!resolved) return makeError(std::move(resolved.error()));
  const std::string& target = *resolved;
  struct stat status {};
  if (::stat(target.c_str(), &status) != 0) return makeError(errorText(errno));
  if (!S_ISREG(status.st_mode)) return makeError(renderMessage(language, "cli.not-regular-file"));
  if (identityOf(status) != read) return makeError(renderMessage(language, "cli.write.replaced"));
  if ((status.st_mode & 0222) == 0) return makeError(renderMessage(language, "cli.write.read-only"));
  if (::faccessat(AT_FDCWD, target.c_str(), W_OK, AT_EACCESS) != 0) return makeError(errorText(errno));

  const auto inPlace = [&]() -> Result<void, std::string> {
    if (const int error = writeInPlace(target, bytes, read); error != 0) {
      return makeError(error == ESTALE ? renderMessage(language, "cli.write.replaced") : errorText(error));
    }
    return {};
  };
  if (status.st_nlink > 1) return inPlace();  // a rename would leave the other names with the old content
  auto temporary = TemporaryFile::create(target);
  if (!temporary) {
    if (cannotUseDirectory(temporary.error())) return inPlace();
    return makeError(errorText(temporary.error()));
  }
  TemporaryFile& file = **temporary;
  if (const int error = writeAll(file.fd(), bytes, 0); error != 0) return makeError(errorText(error));
  if (!takeOver(target, status, file.fd())) {
    temporary->reset();
    return inPlace();
  }
  if (const int error = file.commit(); error != 0) {
    temporary->reset();
    if (cannotUseDirectory(error)) return inPlace();  // a sticky directory: rename is not ours to do
    return makeError(errorText(error));
  }
  return {};
}

}  // namespace ecslint
