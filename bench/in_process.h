#pragma once
// In-process costs over the same bytes: a parse-only RapidJSON pass (the floor any JSON linter
// pays) against ecslint's full lint of each file (positions, model, every default rule, the text
// report). Their ratio is the price of the analysis.

#include <string>
#include <vector>

namespace ecslint::bench {

struct InputFile {
  std::string name;
  std::string bytes;
};

struct InProcessResult {
  double parseUsPerFile = 0;  // medians over the passes
  double lintUsPerFile = 0;
  double ratio() const { return parseUsPerFile > 0 ? lintUsPerFile / parseUsPerFile : 0; }
};

InProcessResult measureInProcess(const std::vector<InputFile>& files, int passes);

}  // namespace ecslint::bench
