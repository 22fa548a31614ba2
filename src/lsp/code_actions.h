#pragma once
// textDocument/codeAction on a document whose lint is current: a quickfix per safe fix of a
// finding the requested range overlaps (preferred when it is the only one), "ignore RULE in this
// file" per rule found there (config_edit.h), and "fix all safe problems" (source.fixAll.ecslint:
// the --fix loop on the buffer's text, one edit of the part that changed).

#include <string>
#include <string_view>
#include <vector>

#include "lsp/config_edit.h"
#include "lsp/document_store.h"
#include "lsp/workspace.h"

namespace ecslint::lsp {

inline constexpr std::string_view kFixAllKind = "source.fixAll.ecslint";

struct CodeActionRequest {
  ByteRange range;                // in the document's text
  std::vector<std::string> only;  // CodeActionContext.only; empty: every kind
  // False when the configuration is open in the editor with text other than what was read from
  // disk: an edit made on the one would land in the wrong place in the other.
  bool configurationEditable = true;
};

Value codeActions(const OpenDocument& document, const DocumentSettings& settings,
                  const CodeActionRequest& request, PositionEncoding encoding,
                  const EditCapabilities& capabilities, Allocator& allocator);

}  // namespace ecslint::lsp
