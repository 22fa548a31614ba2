#include "yaml_in_process.h"

#include <yaml.h>

#include "engine/linter.h"
#include "timing.h"
#include "yaml/yaml_loader.h"

namespace ecslint::bench {

namespace {

volatile std::size_t sink;  // what the stages return goes here, so the optimiser keeps their work

// Every event libyaml produces, each deleted at once: the parse with nothing built. noinline, so
// callgrind can count each stage's instructions (docs/performance.md).
[[gnu::noinline]] std::size_t libyamlEvents(const InputFile& file) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(file.bytes.data()),
                               file.bytes.size());
  std::size_t events = 0;
  for (bool more = true; more;) {
    yaml_event_t event;
    if (yaml_parser_parse(&parser, &event) == 0) break;
    more = event.type != YAML_STREAM_END_EVENT;
    ++events;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return events;
}

[[gnu::noinline]] std::size_t loadDocument(const InputFile& file) {
  const SourceText source(file.name, file.bytes);
  const auto document = loadYaml(source);
  return document ? document->nodeCount() : 0;
}

// What `ecslint template.yaml` does with text output: the load, the template's task definitions,
// the schema stage and every default rule (no fix edits, as for JSON).
[[gnu::noinline]] std::size_t lintTemplate(const InputFile& file) {
  static const Linter linter = [] {
    LintOptions options;
    options.computeFixes = false;
    const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
    return Linter(catalogue, RuleSelection(catalogue), options);
  }();
  // A ".yaml" name, so the linter reads YAML whatever the input file was called.
  return linter.lint(file.name + ".yaml", file.bytes).findings.size();
}

}  // namespace

const std::vector<YamlStage>& yamlStages() {
  static const std::vector<YamlStage> stages = {
      {"libyaml parse-only", libyamlEvents},
      {"loadYaml", loadDocument},
      {"lint", lintTemplate},
  };
  return stages;
}

std::vector<double> measureYamlStages(const std::vector<InputFile>& files, int passes) {
  const std::vector<YamlStage>& stages = yamlStages();
  std::vector<std::vector<double>> times(stages.size());
  for (int pass = 0; pass < passes; ++pass) {
    for (std::size_t stage = 0; stage < stages.size(); ++stage) {
      times[stage].push_back(
          microsecondsPerFile(files, [&](const InputFile& file) { sink = sink + stages[stage].run(file); }));
    }
  }
  std::vector<double> medians;
  for (const std::vector<double>& series : times) medians.push_back(median(series));
  return medians;
}

}  // namespace ecslint::bench
