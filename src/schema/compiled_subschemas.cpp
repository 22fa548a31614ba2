#include "schema/compiled_subschemas.h"

namespace ecslint {

const valijson::Subschema* compiledProperty(const valijson::Subschema& object, std::string_view name) {
  const valijson::Subschema* found = nullptr;
  valijson::Subschema::ApplyFunction visit = [&](const valijson::constraints::Constraint& constraint) {
    const auto* properties = dynamic_cast<const valijson::constraints::PropertiesConstraint*>(&constraint);
    if (properties == nullptr) return true;
    properties->applyToProperties([&](const auto& key, const valijson::Subschema* subschema) {
      if (std::string_view(key.c_str(), key.size()) == name) found = subschema;
      return found == nullptr;
    });
    if (found == nullptr) found = properties->getAdditionalPropertiesSubschema();
    return true;
  };
  object.apply(visit);
  return found;
}

const valijson::Subschema* compiledItems(const valijson::Subschema& array) {
  const valijson::Subschema* found = nullptr;
  valijson::Subschema::ApplyFunction visit = [&](const valijson::constraints::Constraint& constraint) {
    if (const auto* items =
            dynamic_cast<const valijson::constraints::SingularItemsConstraint*>(&constraint)) {
      found = items->getItemsSubschema();
    }
    return true;
  };
  array.apply(visit);
  return found;
}

}  // namespace ecslint
