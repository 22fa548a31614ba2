// Port ranges and the protocol of a mapping, as the port rules read them.
#include <doctest/doctest.h>

#include "model/port_range.h"

namespace ecslint::test {

TEST_CASE("port ranges: FIRST-LAST with 1 <= FIRST < LAST <= 65535") {
  const auto range = parsePortRange("8000-8010");
  REQUIRE(range.has_value());
  CHECK(range->first == 8000);
  CHECK(range->last == 8010);
  CHECK(parsePortRange("1-65535").has_value());
  for (const char* invalid : {"8000", "8010-8000", "8000-8000", "0-10", "1-65536", "8000-", "-8000", "a-b",
                              "8000 - 8010", "8000-8010-8020", "+1-5", ""}) {
    INFO(invalid);
    CHECK_FALSE(parsePortRange(invalid).has_value());
  }
}

TEST_CASE("port ranges: overlap, protocols and descriptions") {
  CHECK(PortInterval{8000, 8100}.overlaps(PortInterval{8100, 8200}));
  CHECK_FALSE(PortInterval{8000, 8099}.overlaps(PortInterval{8100, 8200}));
  PortMapping mapping;
  CHECK(mappingProtocol(mapping) == PortProtocol::Tcp);  // absent: the API's default
  mapping.protocol = StringField{Presence::Known, "udp", kNoNode};
  CHECK(mappingProtocol(mapping) == PortProtocol::Udp);
  mapping.protocol = StringField{Presence::Known, "TCP", kNoNode};
  CHECK_FALSE(mappingProtocol(mapping).has_value());  // not a value ECS accepts: the schema's finding
  CHECK(describePorts(PortInterval{53, 53}, PortProtocol::Udp) == "53/udp");
  CHECK(describePorts(PortInterval{8000, 8010}, PortProtocol::Tcp) == "8000-8010/tcp");
}

}  // namespace ecslint::test
