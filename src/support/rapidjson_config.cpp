#include "support/rapidjson_config.h"

#include <string>

namespace ecslint {

void rapidjsonAssertionFailed(const char* expression, const char* file, int line) {
  throw JsonAssertionFailure(std::string("RapidJSON assertion failed: ") + expression + " (" + file + ":" +
                             std::to_string(line) + ")");
}

}  // namespace ecslint
