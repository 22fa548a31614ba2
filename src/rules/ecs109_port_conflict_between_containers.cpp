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
  context.reportUntranslated(valueOf(entry.node),
                 describeContainer(containers[entry.container]) + " listens on " +
                     describePorts(entry.ports, entry.protocol) + ", which " +
                     describeContainer(containers[other.container]) + " also uses (" +
                     describePorts(other.ports, other.protocol) + "): under networkMode " +
                     std::string(mode) +
                     " all containers of a task share one network namespace, so only one of them can "
                     "bind the port and the other fails to start with \"address already in use\". Give "
                     "each container its own port");
  context.relateUntranslated(valueOf(other.node), "the other container's mapping of the port");
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
      const std::string upper = *protocol == PortProtocol::Udp ? "UDP" : "TCP";
      context.reportUntranslated(valueOf(mapping.hostPort.node),
                     describeContainer(containers[c]) + " reserves host port " + port + "/" +
                         std::string(protocolName(*protocol)) + ", which " + describeContainer(first) +
                         " already reserves: a host port can be bound by only one container, and ECS "
                         "rejects the task definition with \"" +
                         upper + " host port '" + port +
                         "' is mapped multiple times in task.\" Use a different hostPort, or omit it (or "
                         "set 0) for a dynamic host port");
      context.relateUntranslated(valueOf(first.portMappings[it->second.second].hostPort.node),
                     "the first container's reservation of the port");
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
