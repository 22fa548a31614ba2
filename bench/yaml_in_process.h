#pragma once
// The YAML front end's in-process cost over the same bytes, stage by stage. The first stage is
// libyaml's bare event loop (no Document): the floor any reader of YAML pays, and what issue 12's
// target is measured against ("a YAML template lints in at most 2x a libyaml parse-only pass").
// Each later stage does all the work of the ones before it: loadYaml (the Document), then the
// whole lint of the template (its task definitions, the schema stage and every default rule).

#include <cstddef>
#include <string>
#include <vector>

#include "in_process.h"

namespace ecslint::bench {

struct YamlStage {
  std::string name;
  std::size_t (*run)(const InputFile& file);  // returns something of the result, so it is not optimised away
};

const std::vector<YamlStage>& yamlStages();

// Microseconds per file of each stage (medians over the passes), in yamlStages()'s order.
std::vector<double> measureYamlStages(const std::vector<InputFile>& files, int passes);

}  // namespace ecslint::bench
