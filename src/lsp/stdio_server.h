#pragma once
// `ecslint lsp`: the language server on file descriptors (standard input and output). One thread,
// one poll() loop: it reads whatever has arrived, and when nothing has for the quiet time after an
// edit, lints the edited documents. Nothing but protocol messages is written to `output`.

namespace ecslint::lsp {

// Serves until the client sends exit or closes `input`; returns the exit status (0, or 1 after an
// exit without shutdown, a header too long to trust, or a read error).
int serveLanguageServer(int input, int output);

}  // namespace ecslint::lsp
