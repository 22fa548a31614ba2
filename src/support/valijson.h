#pragma once
// Include valijson through this header, never directly.
//
// With exceptions enabled, valijson's RapidJSON adapter defines its own RAPIDJSON_ASSERT and
// warns when one exists already. ecslint defines RAPIDJSON_ASSERT for every translation unit
// (support/rapidjson_config.h), so RapidJSON is included first with that definition, the macro is
// set aside while valijson's headers are read, and restored afterwards: RapidJSON's templates are
// then the same in every translation unit.

#include <rapidjson/document.h>

#pragma push_macro("RAPIDJSON_ASSERT")
#undef RAPIDJSON_ASSERT
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#undef RAPIDJSON_ASSERT
#pragma pop_macro("RAPIDJSON_ASSERT")
