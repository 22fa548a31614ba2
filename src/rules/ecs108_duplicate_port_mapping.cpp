// ECS108 duplicate-port-mapping: one container maps a port (or a range) twice.
#include <algorithm>
#include <unordered_map>

#include "model/port_range.h"
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

struct Entry {
  PortProtocol protocol;
  PortInterval ports;
  std::size_t mapping;    // index in portMappings
  NodeId node;            // containerPort or containerPortRange value
  std::int64_t hostPort;  // 0 when absent (dynamic), -1 when unknown
};

// Under bridge networking Docker may publish one container port on several host ports
// (-p 80:8080 -p 443:8080): two static mappings of the same port to different host ports are
// not duplicates. An unknown host port might be such a mapping.
bool distinctHostPorts(const Entry& a, const Entry& b) {
  if (a.hostPort < 0 || b.hostPort < 0) return true;
  return a.hostPort > 0 && b.hostPort > 0 && a.hostPort != b.hostPort;
}

std::string mappingName(std::size_t index) { return "portMappings[" + std::to_string(index) + "]"; }

// Overlapping container ports, found by sorting the mappings by first port: O(n log n) even for a
// container with the maximum of 100 ranges plus its single ports.
void checkContainerPorts(RuleContext& context, const Container& container, bool bridge,
                         std::vector<bool>& reported) {
  std::vector<Entry> entries;
  for (std::size_t i = 0; i < container.portMappings.size(); ++i) {
    const PortMapping& mapping = container.portMappings[i];
    NodeId node = kNoNode;
    const auto protocol = mappingProtocol(mapping);
    const auto ports = containerPorts(mapping, &node);
    const std::int64_t hostPort = mapping.hostPort.known()    ? mapping.hostPort.value
                                  : mapping.hostPort.absent() ? 0
                                                              : -1;
    if (protocol && ports) entries.push_back(Entry{*protocol, *ports, i, node, hostPort});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.protocol != b.protocol) return a.protocol < b.protocol;
    if (a.ports.first != b.ports.first) return a.ports.first < b.ports.first;
    return a.mapping < b.mapping;
  });
  const Entry* widest = nullptr;  // the entry reaching furthest so far, within one protocol
  for (const Entry& entry : entries) {
    if (widest != nullptr && widest->protocol != entry.protocol) widest = nullptr;
    if (widest != nullptr && entry.ports.first <= widest->ports.last) {
      // Report at whichever of the two comes later in the file.
      const Entry& later = entry.mapping > widest->mapping ? entry : *widest;
      const Entry& earlier = entry.mapping > widest->mapping ? *widest : entry;
      const bool forwarded = bridge && later.ports.first == later.ports.last &&
                             earlier.ports.first == earlier.ports.last && distinctHostPorts(later, earlier);
      if (!reported[later.mapping] && !forwarded) {
        reported[later.mapping] = true;
        const bool same = later.ports.first == earlier.ports.first && later.ports.last == earlier.ports.last;
        MessageArgs arguments{{"container", describeContainer(context, container)},
                              {"ports", describePorts(later.ports, later.protocol)},
                              {"mapping", mappingName(earlier.mapping)}};
        if (!same) arguments.push_back({"other_ports", describePorts(earlier.ports, earlier.protocol)});
        context.report(valueOf(later.node), same ? "ECS108.twice" : "ECS108.overlap", std::move(arguments));
        context.relate(valueOf(earlier.node), "ECS108.related.earlier-mapping");
      }
    }
    if (widest == nullptr || entry.ports.last > widest->ports.last) widest = &entry;
  }
}

// Under bridge networking, two static mappings of one container cannot reserve the same host port.
void checkStaticHostPorts(RuleContext& context, const Container& container,
                          const std::vector<bool>& reported) {
  std::unordered_map<std::int64_t, std::size_t> seen;  // port * 2 + protocol -> mapping
  for (std::size_t i = 0; i < container.portMappings.size(); ++i) {
    const PortMapping& mapping = container.portMappings[i];
    const auto protocol = mappingProtocol(mapping);
    if (!protocol || !mapping.hostPort.known() || mapping.hostPort.value <= 0 || reported[i]) continue;
    const std::int64_t key = mapping.hostPort.value * 2 + static_cast<std::int64_t>(*protocol);
    const auto [it, inserted] = seen.emplace(key, i);
    if (inserted) continue;
    const PortInterval port{mapping.hostPort.value, mapping.hostPort.value};
    context.report(valueOf(mapping.hostPort.node), "ECS108.host-port-twice",
                   {{"container", describeContainer(context, container)},
                    {"ports", describePorts(port, *protocol)},
                    {"mapping", mappingName(it->second)},
                    {"aws_protocol", *protocol == PortProtocol::Udp ? "UDP" : "TCP"},
                    {"host_port", std::to_string(port.first)}});
    context.relate(valueOf(container.portMappings[it->second].hostPort.node),
                   "ECS108.related.first-host-port");
  }
}

}  // namespace

void checkDuplicatePortMapping(RuleContext& context) {
  const std::optional<NetworkMode> mode = context.task.effectiveNetworkMode();
  for (const Container& container : context.task.containers) {
    if (container.portMappings.size() < 2) continue;
    std::vector<bool> reported(container.portMappings.size(), false);
    checkContainerPorts(context, container, mode == NetworkMode::Bridge, reported);
    if (mode == NetworkMode::Bridge) checkStaticHostPorts(context, container, reported);
  }
}

}  // namespace ecslint
