#pragma once
// Text for a terminal, a log or a workflow command, taken from input it does not control: member
// names, values and file names may hold control characters. Printed raw, "\r\n" forges report
// lines (a fake "0 problems" summary) and ESC sequences drive the terminal, so they are shown as
// visible escapes instead: \r, \n, \x1b, \x7f, \u009b.

#include <string>
#include <string_view>

namespace ecslint {

struct PrintableOptions {
  // Keep '\r' and '\n' as they are, for a caller with its own escape for them (GitHub's %0D, %0A).
  bool keepLineBreaks = false;
};

// `text` as valid UTF-8 (toValidUtf8) with every C0 control character but tab, DEL and every C1
// control character (U+0080-U+009F) replaced by its escape. Tab is kept: it is only whitespace,
// and source lines need it for the caret to line up.
std::string printable(std::string_view text, PrintableOptions options = {});
// The same, appended to `out`.
void appendPrintable(std::string& out, std::string_view text, PrintableOptions options = {});

}  // namespace ecslint
