// ECS112 app-protocol-without-name: appProtocol only means something on a named port mapping.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkAppProtocolWithoutName(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    for (const PortMapping& mapping : container.portMappings) {
      if (!mapping.appProtocol.known() || mapping.appProtocol.value.empty()) continue;
      if (mapping.name.present() && !(mapping.name.known() && mapping.name.value.empty())) continue;
      context.report(valueOf(mapping.appProtocol.node), "ECS112.unnamed-mapping",
                     {{"app_protocol", std::string(mapping.appProtocol.value)},
                      {"container", describeContainer(context, container)}});
    }
  }
}

}  // namespace ecslint
