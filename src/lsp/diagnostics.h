#pragma once
// A lint's findings as LSP diagnostics: the range in the negotiated unit, severity, code (the rule
// id) with a link to the rule's page, source "ecslint", related locations and tags.

#include <string_view>

#include "lsp/document_store.h"
#include "lsp/json_rpc.h"
#include "lsp/positions.h"

namespace ecslint::lsp {

// The Range of `range` in `source`.
Value rangeValue(const SourceText& source, ByteRange range, PositionEncoding encoding, Allocator& allocator);

Value diagnosticValue(const Finding& finding, const SourceText& source, std::string_view uri,
                      PositionEncoding encoding, Language language, Allocator& allocator);

// Every diagnostic of a lint: its findings, or its problem at the start of the document.
Value diagnosticsValue(const LintResult& lint, std::string_view uri, PositionEncoding encoding,
                       Allocator& allocator);

}  // namespace ecslint::lsp
