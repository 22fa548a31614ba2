#include <doctest/doctest.h>

#include <string>

#include "document/document_builder.h"

namespace ecslint {

TEST_CASE("document builder: text inside the adopted buffer is used where it lies, other text is copied") {
  for (const std::string& bytes : {std::string("ab"), std::string(100, 'x') + "needle"}) {
    INFO(bytes.size());
    const SourceText source("t", bytes);
    DocumentBuilder builder(source, Syntax::Json);
    const char* adopted = builder.adoptText(bytes);
    REQUIRE(builder.open(NodeKind::Sequence, ScalarStyle::Flow, {}, 0));
    const std::string_view inside(adopted + bytes.size() - 2, 2);
    const std::string outside = "copied";
    const NodeId first = *builder.scalar(NodeKind::String, ScalarStyle::Plain, inside, {}, {0, 1});
    const NodeId second = *builder.scalar(NodeKind::String, ScalarStyle::Plain, outside, {}, {1, 2});
    REQUIRE(builder.close(2));
    CHECK(builder.document().node(first).textBegin == bytes.size() - 2);
    CHECK(builder.document().node(second).textBegin == bytes.size());  // appended after the buffer
    const Document document = std::move(builder).finish();             // moved: offsets, not pointers
    CHECK(document.text(first) == bytes.substr(bytes.size() - 2));
    CHECK(document.text(second) == "copied");
  }
}

}  // namespace ecslint
