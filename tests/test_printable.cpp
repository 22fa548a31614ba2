// Control characters from the input, shown as visible escapes wherever text is printed.
#include <doctest/doctest.h>

#include "support/printable.h"

namespace ecslint::test {

TEST_CASE("printable: C0 controls but tab, DEL and C1 controls become visible escapes") {
  CHECK(printable("a\r\nb") == "a\\r\\nb");
  CHECK(printable("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
  CHECK(printable(std::string("nul\0!", 5)) == "nul\\x00!");
  CHECK(printable("del\x7f") == "del\\x7f");
  CHECK(printable("csi\xC2\x9B"
                  "2J") == "csi\\u009b2J");
  CHECK(printable("tab\tkept, \xC2\xA0 and \xC3\xA9 too") == "tab\tkept, \xC2\xA0 and \xC3\xA9 too");
  CHECK(printable("bad \xFF byte") == "bad \xEF\xBF\xBD byte");  // and valid UTF-8 throughout
  CHECK(printable("a\r\n\x1b", PrintableOptions{.keepLineBreaks = true}) == "a\r\n\\x1b");
}

}  // namespace ecslint::test
