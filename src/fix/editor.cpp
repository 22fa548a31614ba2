#include "fix/editor.h"

#include <algorithm>

#include "fix/json_editor.h"
#include "fix/yaml_editor.h"

namespace ecslint {

void Editor::edit(ByteRange range, std::string replacement) {
  edits_.push_back(TextEdit{range, std::move(replacement)});
}

std::optional<Fix> Editor::finish(std::string description) && {
  if (declined_) return std::nullopt;
  // An edit that writes what is already there changes nothing.
  std::erase_if(edits_, [&](const TextEdit& e) {
    return text().substr(e.range.begin, e.range.end - e.range.begin) == e.replacement;
  });
  if (edits_.empty()) return std::nullopt;
  std::stable_sort(edits_.begin(), edits_.end(), [](const TextEdit& a, const TextEdit& b) {
    return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.range.end < b.range.end;
  });
  for (std::size_t i = 1; i < edits_.size(); ++i) {
    const ByteRange previous = edits_[i - 1].range;
    const ByteRange current = edits_[i].range;
    const bool bothInsert = previous.begin == previous.end && current.begin == current.end;
    if (current.begin < previous.end || (bothInsert && current.begin == previous.begin)) return std::nullopt;
  }
  return Fix{std::move(description), std::move(edits_)};
}

std::unique_ptr<Editor> editorFor(const Document& document, Dialect dialect) {
  if (document.syntax() == Syntax::Yaml) return std::make_unique<YamlEditor>(document);
  return std::make_unique<JsonEditor>(document, dialect);
}

}  // namespace ecslint
