#pragma once
// "Ignore RULE in this file": an edit of the .ecslint.json that governs the document, adding the
// rule to the per_file_ignores entry that names exactly this file, never touching the document.
// The configuration is edited as the text it was read from (a member or an array element added
// after an opening bracket, everything else byte for byte), or created at the repository's root
// (the first directory above the document holding .git; else the document's directory) when no
// configuration governs the document and the client can create files.

#include <optional>
#include <string>
#include <string_view>

#include "config/config.h"
#include "lsp/json_rpc.h"
#include "lsp/positions.h"

namespace ecslint::lsp {

// What the client can apply (its workspaceEdit capabilities).
struct EditCapabilities {
  bool documentChanges = false;  // TextDocumentEdit with a version
  bool createFiles = false;      // the "create" resource operation
};

// The WorkspaceEdit, or nullopt when it cannot be made safely: the path is not one key can name
// (glob characters), the configuration is not an object of objects where it should be, the rule is
// ignored there already, or a configuration would have to be created and the client cannot.
std::optional<Value> ignoreRuleEdit(const std::string& documentPath, const Config* config,
                                    std::string_view ruleId, const EditCapabilities& capabilities,
                                    PositionEncoding encoding, Allocator& allocator);

// A WorkspaceEdit of one document: `edits` (an array of TextEdit) on `uri` at `version`.
Value workspaceEdit(std::string_view uri, std::optional<std::int64_t> version, Value& edits,
                    const EditCapabilities& capabilities, Allocator& allocator);

}  // namespace ecslint::lsp
