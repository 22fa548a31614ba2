#include "model/port_range.h"

#include <charconv>
#include <string>

namespace ecslint {
namespace {

std::optional<std::int64_t> parsePort(std::string_view text) {
  if (text.empty() || text.size() > 5) return std::nullopt;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (value < 1 || value > 65535) return std::nullopt;
  return value;
}

}  // namespace

std::optional<PortInterval> parsePortRange(std::string_view text) {
  const std::size_t dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto first = parsePort(text.substr(0, dash));
  const auto last = parsePort(text.substr(dash + 1));
  if (!first || !last || *first >= *last) return std::nullopt;
  return PortInterval{*first, *last};
}

std::optional<PortProtocol> mappingProtocol(const PortMapping& mapping) {
  if (mapping.protocol.absent()) return PortProtocol::Tcp;
  if (mapping.protocol.is("tcp")) return PortProtocol::Tcp;
  if (mapping.protocol.is("udp")) return PortProtocol::Udp;
  return std::nullopt;
}

std::string_view protocolName(PortProtocol protocol) { return protocol == PortProtocol::Udp ? "udp" : "tcp"; }

std::optional<PortInterval> containerPorts(const PortMapping& mapping, NodeId* node) {
  if (mapping.containerPort.known()) {
    if (node != nullptr) *node = mapping.containerPort.node;
    return PortInterval{mapping.containerPort.value, mapping.containerPort.value};
  }
  if (mapping.containerPort.absent() && mapping.containerPortRange.known()) {
    if (node != nullptr) *node = mapping.containerPortRange.node;
    return parsePortRange(mapping.containerPortRange.value);
  }
  return std::nullopt;
}

std::string describePorts(const PortInterval& ports, PortProtocol protocol) {
  std::string text = std::to_string(ports.first);
  if (ports.last != ports.first) text += "-" + std::to_string(ports.last);
  return text + "/" + std::string(protocolName(protocol));
}

}  // namespace ecslint
