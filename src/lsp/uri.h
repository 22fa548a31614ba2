#pragma once
// file: URIs and paths. Documents are linted under their path, so that the configuration and
// per_file_ignores resolve as they do for that file on the command line.

#include <optional>
#include <string>
#include <string_view>

namespace ecslint::lsp {

// "file:///work/a%20b.json" -> "/work/a b.json"; nullopt for other schemes (untitled:, git:) and
// for a file URI naming another host.
std::optional<std::string> pathFromUri(std::string_view uri);

// "/work/a b.json" -> "file:///work/a%20b.json".
std::string uriFromPath(std::string_view path);

}  // namespace ecslint::lsp
