// IAM roles and policies (ECS801, ECS802) and log groups (ECS810).
#include "terraform/stack_translations.h"

namespace ecslint {

bool translateIam(StackWriter&, std::uint32_t, std::string_view) { return false; }

}  // namespace ecslint
