// ECS109 port-conflict-between-containers: two containers of one task want the same port.
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
  std::size_t container;
  std::size_t mapping;
  NodeId node;
};

void reportShared(RuleContext& context, const Entry& entry, const Entry& other, std::string_view mode) {
  const auto& containers = context.task.containers;
  context.report(valueOf(entry.node), "ECS109.shared-namespace",
                 {{"container", describeContainer(context, containers[entry.container])},
                  {"ports", describePorts(entry.ports, entry.protocol)},
                  {"other_container", describeContainer(context, containers[other.container])},
                  {"other_ports", describePorts(other.ports, other.protocol)},
                  {"network_mode", std::string(mode)}});
  context.relate(valueOf(other.node), "ECS109.related.other-container");
}

// awsvpc and host: container ports of different containers must not overlap. Sorting by first port
// and remembering the furthest-reaching entry of two different containers finds every conflict
// in O(n log n) over all mappings of the task.
void checkSharedNamespace(RuleContext& context, std::string_view mode) {
  std::vector<Entry> entries;
  const auto& containers = context.task.containers;
  for (std::size_t c = 0; c < containers.size(); ++c) {
    for (std::size_t m = 0; m < containers[c].portMappings.size(); ++m) {
      NodeId node = kNoNode;
      const auto protocol = mappingProtocol(containers[c].portMappings[m]);
      const auto ports = containerPorts(containers[c].portMappings[m], &node);
      if (protocol && ports) entries.push_back(Entry{*protocol, *ports, c, m, node});
    }
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.protocol != b.protocol) return a.protocol < b.protocol;
    if (a.ports.first != b.ports.first) return a.ports.first < b.ports.first;
    if (a.container != b.container) return a.container < b.container;
    return a.mapping < b.mapping;
  });
  const Entry* best = nullptr;    // furthest-reaching entry so far
  const Entry* second = nullptr;  // furthest-reaching entry of any other container than best's
  for (const Entry& entry : entries) {
    if (best != nullptr && best->protocol != entry.protocol) best = second = nullptr;
    const Entry* other = best != nullptr && best->container != entry.container ? best : second;
    if (other != nullptr && entry.ports.first <= other->ports.last)
      reportShared(context, entry, *other, mode);
    if (best == nullptr || entry.ports.last > best->ports.last) {
      if (best != nullptr && best->container != entry.container) second = best;
      best = &entry;
    } else if (best->container != entry.container &&
               (second == nullptr || entry.ports.last > second->ports.last)) {
      second = &entry;
    }
  }
}

// bridge: each container has its own namespace, but static host ports are reserved on the
// instance; two containers cannot reserve the same one. hostPort 0 or absent is dynamic.
void checkStaticHostPorts(RuleContext& context) {
  std::unordered_map<std::int64_t, std::pair<std::size_t, std::size_t>> seen;  // port*2+protocol
  const auto& containers = context.task.containers;
  for (std::size_t c = 0; c < containers.size(); ++c) {
    for (std::size_t m = 0; m < containers[c].portMappings.size(); ++m) {
      const PortMapping& mapping = containers[c].portMappings[m];
      const auto protocol = mappingProtocol(mapping);
      if (!protocol || !mapping.hostPort.known() || mapping.hostPort.value <= 0) continue;
      const std::int64_t key = mapping.hostPort.value * 2 + static_cast<std::int64_t>(*protocol);
      const auto [it, inserted] = seen.emplace(key, std::pair{c, m});
      if (inserted || it->second.first == c) continue;  // the same container is ECS108's finding
      const Container& first = containers[it->second.first];
      const std::string port = std::to_string(mapping.hostPort.value);
      context.report(valueOf(mapping.hostPort.node), "ECS109.host-port",
                     {{"container", describeContainer(context, containers[c])},
                      {"ports", port + "/" + std::string(protocolName(*protocol))},
                      {"other_container", describeContainer(context, first)},
                      {"aws_protocol", *protocol == PortProtocol::Udp ? "UDP" : "TCP"},
                      {"host_port", port}});
      context.relate(valueOf(first.portMappings[it->second.second].hostPort.node),
                     "ECS109.related.first-reservation");
    }
  }
}

}  // namespace

void checkPortConflictBetweenContainers(RuleContext& context) {
  if (context.task.containers.size() < 2) return;
  const std::optional<NetworkMode> mode = context.task.effectiveNetworkMode();
  if (mode == NetworkMode::Awsvpc)
    checkSharedNamespace(context, "awsvpc");
  else if (mode == NetworkMode::Host)
    checkSharedNamespace(context, "host");
  else if (mode == NetworkMode::Bridge)
    checkStaticHostPorts(context);
}

}  // namespace ecslint
