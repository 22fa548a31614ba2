#include "terraform/terraform_wording.h"

#include <string>

#include "check/finding_limits.h"
#include "message/message_catalogue.h"

namespace ecslint {

void useTerraformWording(Finding& finding, Language language) {
  if (finding.messageData.id.empty()) return;
  const MessageCatalogue& catalogue = MessageCatalogue::builtIn();
  const std::string_view variant = catalogue.storedId(std::string(finding.messageData.id) + ".terraform");
  if (variant.empty()) return;
  finding.messageData.id = variant;
  finding.message = catalogue.render(language, variant, finding.messageData.arguments);
  clipMessage(finding.message);
}

}  // namespace ecslint
