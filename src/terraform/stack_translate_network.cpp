// Security groups and their rules (ECS809), subnets, route tables, routes and VPC endpoints (ECS808).
#include "terraform/stack_translations.h"

namespace ecslint {

bool translateNetwork(StackWriter&, std::uint32_t, std::string_view) { return false; }

}  // namespace ecslint
