#pragma once
// textDocument/hover over a finding: the rule's explanation, the text `ecslint explain` prints, as
// Markdown in the document's language; one per rule when findings of several rules are there.

#include <cstdint>

#include "lsp/document_store.h"
#include "lsp/json_rpc.h"

namespace ecslint::lsp {

// The Hover for `offset` of a document whose lint is current, or null when no finding is there.
Value hoverValue(const LintResult& lint, std::uint32_t offset, PositionEncoding encoding,
                 Allocator& allocator);

}  // namespace ecslint::lsp
