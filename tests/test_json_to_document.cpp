#include <doctest/doctest.h>

#include "json/json_to_document.h"

namespace ecslint {

TEST_CASE("json to document: the same nodes, spans, keys, pointers and kinds") {
  const SourceText source("t.json", R"({
  "family": "web", "cpu": 256, "ratio": 0.5, "essential": true, "x": null,
  "containerDefinitions": [ { "name": "a\u00e9", "portMappings": [] } ],
  "o": {}, "family": "again"
})");
  auto json = JsonDocument::parse(source);
  REQUIRE(json);
  const Document doc = toDocument(*json);
  REQUIRE(doc.nodeCount() == json->nodeCount());
  for (NodeId id = 0; id < doc.nodeCount(); ++id) {
    CHECK(doc.node(id).span == json->node(id).span);
    CHECK(doc.node(id).keySpan == json->node(id).keySpan);
    CHECK(doc.node(id).parent == json->node(id).parent);
    CHECK(doc.node(id).subtreeSize == json->node(id).subtreeSize);
    CHECK(doc.pointer(id) == json->pointer(id));
    CHECK(doc.keyName(id) == json->keyName(id));
  }
  CHECK(doc.kind(doc.find("/cpu")) == NodeKind::Integer);
  CHECK(doc.text(doc.find("/cpu")) == "256");
  CHECK(doc.kind(doc.find("/ratio")) == NodeKind::Float);
  CHECK(doc.kind(doc.find("/essential")) == NodeKind::Boolean);
  CHECK(doc.kind(doc.find("/x")) == NodeKind::Null);
  CHECK(doc.text(doc.find("/containerDefinitions/0/name")) == "a\xC3\xA9");
  CHECK(doc.kind(doc.find("/o")) == NodeKind::Mapping);
  CHECK(doc.find("/family") == json->find("/family"));
  CHECK(doc.duplicateMembers().size() == json->duplicateKeys().size());
}

}  // namespace ecslint
