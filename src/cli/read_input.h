#pragma once
// Reading one input: its bytes, up to a limit, and which file they came from, so that --fix writes
// back only to the regular file it read, whole.

#include <optional>
#include <string>

#include "cli/file_identity.h"
#include "cli/input_files.h"
#include "support/result.h"

namespace ecslint {

struct InputBytes {
  std::string bytes;
  bool complete = true;                     // false: over the limit, `bytes` holds only its start
  std::optional<FileIdentity> regularFile;  // the regular file read (nullopt: stdin, a device, a FIFO)
};

// Reads at most `limit` + 1 bytes: enough for the linter to see that a file is over its size limit
// (ECS015) without reading all of a huge file, /dev/zero or an endless pipe. The error is the
// system's reason.
Result<InputBytes, std::string> readInput(const InputFile& input, std::size_t limit);

}  // namespace ecslint
