#pragma once
// Template placeholders. Task definitions are often rendered from templates (Terraform
// templatefile, Jinja, CodeDeploy, Octopus, sed scripts); a value holding a placeholder is
// unknown to ecslint, never wrong.

#include <string_view>

namespace ecslint {

// True when `text` contains a placeholder: ${X}, {{ x }}, #{X}, <X> (CodeDeploy style: letters,
// digits, '_' or '-' between angle brackets), <words for a human> (with spaces, when the value has
// no space outside the brackets), %X% (Octopus/Azure style), __X__ (sed tokens),
// $X (a shell variable in upper case), or a REPLACE_ME / CHANGE_ME marker.
bool containsPlaceholder(std::string_view text);

}  // namespace ecslint
