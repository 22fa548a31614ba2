// ECS112 app-protocol-without-name: appProtocol only means something on a named port mapping.
#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {

void checkAppProtocolWithoutName(RuleContext& context) {
  for (const Container& container : context.task.containers) {
    for (const PortMapping& mapping : container.portMappings) {
      if (!mapping.appProtocol.known() || mapping.appProtocol.value.empty()) continue;
      if (mapping.name.present() && !(mapping.name.known() && mapping.name.value.empty())) continue;
      context.reportUntranslated(valueOf(mapping.appProtocol.node),
                     "appProtocol \"" + std::string(mapping.appProtocol.value) +
                         "\" is set on a port mapping of " + describeContainer(container) +
                         " that has no name: appProtocol applies only to Service Connect, and a service "
                         "can refer to a port mapping only by its name, so this setting has no effect. Add "
                         "a \"name\" to the mapping (the one the service's Service Connect configuration "
                         "uses), or remove appProtocol");
    }
  }
}

}  // namespace ecslint
