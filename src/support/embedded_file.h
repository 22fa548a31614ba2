#pragma once
// A data file compiled into the executable (see cmake/Embed.cmake).

#include <span>
#include <string_view>

namespace ecslint {

struct EmbeddedFile {
  std::string_view name;     // base file name, e.g. "ECS101.md"
  std::string_view content;  // the file's bytes
};

}  // namespace ecslint
