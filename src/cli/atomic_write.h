#pragma once
// Writing a fixed file in place without ever leaving a half-written one.

#include <string>
#include <string_view>

#include "support/result.h"

namespace ecslint {

// Replaces the file at `path` with `bytes`: a temporary file in the same directory is written,
// flushed to disk (fsync), given the original's permissions (and owner, when allowed) and renamed
// over the original, so readers see the old content or the new, and any failure leaves the
// original untouched. A symbolic link is followed: the file it points to is replaced and the link
// stays. The error is a sentence such as "Permission denied".
Result<void, std::string> writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace ecslint
