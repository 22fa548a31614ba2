#pragma once
// Port mappings as ranges of ports: containerPortRange strings ("8000-8010") and single ports,
// so duplicate and conflict checks compare both forms the same way.

#include <cstdint>
#include <optional>
#include <string_view>

#include "model/task_definition.h"

namespace ecslint {

struct PortInterval {
  std::int64_t first = 0;
  std::int64_t last = 0;
  bool overlaps(const PortInterval& other) const { return first <= other.last && other.first <= last; }
};

// "8000-8010" -> {8000, 8010}. nullopt unless it is two whole numbers joined by '-', both 1 to
// 65535 and the first below the last, as the ECS API requires.
std::optional<PortInterval> parsePortRange(std::string_view text);

enum class PortProtocol : std::uint8_t { Tcp, Udp };

// A mapping's protocol: tcp when absent (the API's default); nullopt when unknown or not a
// protocol ECS accepts (the schema reports that).
std::optional<PortProtocol> mappingProtocol(const PortMapping& mapping);
std::string_view protocolName(PortProtocol protocol);

// The container ports a mapping listens on: its containerPort, else its containerPortRange;
// nullopt when neither is known. `node` receives the value that says so.
std::optional<PortInterval> containerPorts(const PortMapping& mapping, NodeId* node = nullptr);

// "80/tcp" or "8000-8010/udp".
std::string describePorts(const PortInterval& ports, PortProtocol protocol);

}  // namespace ecslint
