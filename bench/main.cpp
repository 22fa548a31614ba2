// ecslint_bench: the numbers PRODUCT.md sets targets for, printed next to those targets.
// See docs/performance.md for what each line measures and how to reproduce it.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "document/document.h"
#include "generator.h"
#include "hostile.h"
#include "in_process.h"
#include "lsp_in_process.h"
#include "plan_in_process.h"
#include "process.h"
#include "stack_template.h"
#include "support/thousands.h"
#include "template_generator.h"
#include "terraform_plan.h"
#include "yaml_in_process.h"

namespace ecslint::bench {
namespace {

namespace fs = std::filesystem;

struct Settings {
  std::string ecslint = ECSLINT_BINARY;
  fs::path corpus = fs::path(ECSLINT_SHARED_DIR) / "corpus";
  std::string oneFile;                    // empty: a generated file
  int runs = 200;                         // one-file process runs
  int batchRuns = 9;                      // batch process runs
  int generated = 2000;                   // generated task definitions
  int passes = 15;                        // in-process passes
  std::string writeGenerated;             // write the generated set to this directory and stop
  std::string writePlan;                  // write the generated Terraform plan to this file and stop
  std::string only;                       // "yaml", "lsp", "stack", "terraform": only those measures
  std::size_t templateBytes = 5'000'000;  // the generated YAML template
  TerraformPlanShape plan;                // the generated Terraform plan (--plan-*)
};

constexpr const char* kUsage =
    "usage: ecslint_bench [--ecslint PATH] [--corpus DIR] [--file PATH] [--runs N] [--batch-runs N]\n"
    "                     [--generated N] [--passes N] [--write-generated DIR]\n"
    "                     [--template-bytes N] [--plan-bytes N] [--plan-task-definitions N]\n"
    "                     [--write-plan PATH] [--only yaml|lsp|stack|terraform]\n";

bool parseArguments(int argc, char** argv, Settings& settings) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return false;
    const std::string value = argv[++i];
    if (arg == "--ecslint")
      settings.ecslint = value;
    else if (arg == "--corpus")
      settings.corpus = value;
    else if (arg == "--file")
      settings.oneFile = value;
    else if (arg == "--runs")
      settings.runs = std::max(1, std::atoi(value.c_str()));
    else if (arg == "--batch-runs")
      settings.batchRuns = std::max(1, std::atoi(value.c_str()));
    else if (arg == "--generated")
      settings.generated = std::max(1, std::atoi(value.c_str()));
    else if (arg == "--passes")
      settings.passes = std::max(1, std::atoi(value.c_str()));
    else if (arg == "--write-generated")
      settings.writeGenerated = value;
    else if (arg == "--template-bytes")
      settings.templateBytes = static_cast<std::size_t>(std::max(1, std::atoi(value.c_str())));
    else if (arg == "--plan-bytes")
      settings.plan.targetBytes = static_cast<std::size_t>(std::max(1LL, std::atoll(value.c_str())));
    else if (arg == "--plan-task-definitions")
      settings.plan.taskDefinitions = std::max(1, std::atoi(value.c_str()));
    else if (arg == "--write-plan")
      settings.writePlan = value;
    else if (arg == "--only" &&
             (value == "yaml" || value == "lsp" || value == "stack" || value == "terraform"))
      settings.only = value;
    else
      return false;
  }
  return true;
}

std::string readFile(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return std::move(bytes).str();
}

void writeFile(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

struct Series {
  std::vector<double> wallMs;
  std::vector<double> cpuMs;
  std::vector<double> rssMb;
  int failures = 0;  // runs that were killed, or exited with neither 0 nor 1
};

Series repeat(const std::vector<std::string>& argv, int runs) {
  Series series;
  const std::vector<ProcessRun> results = runProcess(argv, runs);
  if (results.size() != static_cast<std::size_t>(runs))
    series.failures += runs - static_cast<int>(results.size());
  for (const ProcessRun& run : results) {
    if (run.exitCode != 0 && run.exitCode != 1) ++series.failures;
    series.wallMs.push_back(run.wallMs);
    series.cpuMs.push_back(run.cpuMs);
    series.rssMb.push_back(run.peakRssMb);
  }
  return series;
}

std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string thousands(double value) { return withThousands(static_cast<std::uint64_t>(value + 0.5)); }

void row(const std::string& what, const std::string& value, const std::string& target, bool met) {
  std::printf("  %-46s %24s   %-14s %s\n", what.c_str(), value.c_str(), target.c_str(),
              target.empty() ? "" : (met ? "met" : "NOT MET"));
}

void loadAverage(const char* when) {
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) == 3) {
    std::printf("  load average %s: %.2f %.2f %.2f on %ld cores\n", when, load[0], load[1], load[2],
                sysconf(_SC_NPROCESSORS_ONLN));
  }
}

// The real task definitions of the corpus: every file of the shapes ecslint reads.
std::vector<fs::path> corpusFiles(const fs::path& corpus) {
  std::vector<fs::path> files;
  for (const char* shape : {"register", "describe", "container-defs"}) {
    const fs::path dir = corpus / "real" / shape;
    std::error_code error;
    if (!fs::is_directory(dir, error)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

constexpr std::uint64_t kTemplateSeed = 11;

// The real CloudFormation templates in YAML (the JSON ones are left to the JSON measures).
std::vector<InputFile> yamlTemplates(const fs::path& corpus) {
  std::vector<fs::path> paths;
  const fs::path dir = corpus / "real" / "cloudformation";
  std::error_code error;
  if (fs::is_directory(dir, error)) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().extension() != ".json") paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<InputFile> files;
  for (const fs::path& path : paths) files.push_back(InputFile{path.filename().string(), readFile(path)});
  return files;
}

// Each stage of the YAML front end against libyaml's bare parse of the same bytes. The target is
// the whole pipeline's, so it is judged on the last stage (the full lint, once it is one).
void yamlInProcess(const Settings& settings) {
  std::printf("\nIn process, YAML (no process start or file I/O; medians of %d passes):\n", settings.passes);
  const auto measure = [&](const std::string& label, const std::vector<InputFile>& files) {
    if (files.empty()) return;
    const std::vector<YamlStage>& stages = yamlStages();
    const std::vector<double> times = measureYamlStages(files, settings.passes);
    for (std::size_t stage = 0; stage < stages.size(); ++stage) {
      row(label + ": " + stages[stage].name, fixed(times[stage], 1) + " us/file", "", true);
    }
    for (std::size_t stage = 1; stage < stages.size(); ++stage) {
      const double ratio = times[0] > 0 ? times[stage] / times[0] : 0;
      const bool last = stage + 1 == stages.size();
      row(label + ": " + stages[stage].name + " / parse-only", fixed(ratio, 2) + "x", last ? "<= 2x" : "",
          ratio <= 2.0);
    }
  };
  const std::vector<InputFile> corpus = yamlTemplates(settings.corpus);
  measure("YAML corpus (" + std::to_string(corpus.size()) + " templates)", corpus);
  if (corpus.empty())
    std::printf("  (no CloudFormation templates under %s)\n", settings.corpus.string().c_str());
  const std::vector<InputFile> large{
      InputFile{"large.yaml", generateLargeTemplate(settings.templateBytes, kTemplateSeed)}};
  measure("YAML generated (" + std::to_string(large[0].bytes.size() / 1000) + " kB)", large);
}

// The language server (issue 16): an edit of a 3 KB document, re-linted and published, under 1 ms;
// the heap after 5,000 edits no larger than after 500 (give or take allocator noise).
void languageServerInProcess(const Settings& settings) {
  std::printf("\nIn process, the language server (medians of %d passes of 200 edits):\n", settings.passes);
  const LanguageServerResult result = measureLanguageServer(settings.passes);
  const std::string label = "lsp: edit of " + std::to_string(result.documentBytes) + " B, re-lint";
  row(label + " (median)", fixed(result.editMedianUs, 1) + " us", "< 1000 us", result.editMedianUs < 1000);
  row(label + " (p99)", fixed(result.editP99Us, 1) + " us", "", true);
  if (!result.publishedEveryEdit) std::printf("  warning: some edits published no diagnostics\n");
  const double growth = result.heapKbAfter5000 - result.heapKbAfter500;
  row("lsp: heap after 500 edits", fixed(result.heapKbAfter500, 0) + " KiB", "", true);
  row("lsp: heap after 5,000 edits", fixed(result.heapKbAfter5000, 0) + " KiB", "flat (< 64 KiB)",
      growth < 64);
}

// The stack rules (issue 15): a generated template of 2,000 resources (220 services, each with its
// task definition, roles, policy, log group, target group, listener rule, security group and
// ingress) lints in under 50 ms, its graph built once.
void stackInProcess(const Settings& settings) {
  std::printf("\nIn process, the stack rules (medians of %d passes):\n", settings.passes);
  const std::vector<InputFile> files{InputFile{"stack.template.json", generateStackTemplate(220)}};
  const InProcessResult result = measureInProcess(files, settings.passes);
  row("stack: 2,000-resource template, full lint", fixed(result.lintUsPerFile / 1000, 1) + " ms", "< 50 ms",
      result.lintUsPerFile < 50'000);
  row("stack: the same / parse-only", fixed(result.ratio(), 2) + "x", "", true);
}

// Terraform plans (issue 17): a 50 MB plan with 2,000 task definitions lints in under 1 s, memory
// bounded. In process (Linter::lint, against the parse alone) and as a whole process (median of
// runs, peak RSS through the probe), with what the lint reported: until the linter reads plans it
// is ECS013 (not a task definition) after the parse, and the numbers say so.
void terraformPlan(const Settings& settings) {
  const GeneratedPlan plan = generateTerraformPlan(settings.plan);
  const double megabytes = static_cast<double>(plan.json.size()) / 1e6;
  std::printf(
      "\nTerraform plan (issue 17): %s MB, %d task definitions (%d created, updated or replaced, %d "
      "with a deliberate mistake), %d resource instances\n",
      fixed(megabytes, 1).c_str(), plan.taskDefinitions, plan.changing, plan.mistakes, plan.resources);
  char pattern[] = "/tmp/ecslint-bench-plan-XXXXXX";
  if (mkdtemp(pattern) == nullptr) {
    std::perror("ecslint_bench: mkdtemp");
    return;
  }
  const fs::path scratch = pattern;
  const fs::path file = scratch / "tfplan.json";
  writeFile(file, plan.json);

  const PlanInProcessResult inProcess = measurePlanInProcess(file.string(), plan.json, settings.passes);
  std::printf(
      "  the reader: %s, %zu resource instances, %zu task definitions (%zu changing); %s values (limit %s)\n",
      inProcess.isPlan ? "a plan" : "NOT a plan", inProcess.planResources, inProcess.taskDefinitions,
      inProcess.changingTaskDefinitions, thousands(static_cast<double>(inProcess.values)).c_str(),
      thousands(Document::kMaxValues).c_str());
  const std::string reported = inProcess.findings.empty() ? "no findings" : inProcess.findings;
  std::printf("  the lint reported: %s\n", reported.c_str());
  if (inProcess.findings.find("ECS013") != std::string::npos) {
    std::printf("  (ECS013: the linter does not read plans yet; these numbers are before it does)\n");
  }
  if (inProcess.findings.find("ECS015") != std::string::npos) {
    std::printf("  (ECS015: the plan is over an input limit and was not linted; see --plan-bytes)\n");
  }
  std::printf("  %-46s %24s   %-14s\n", "measure (in process, medians of passes)", "value", "target");
  const auto wallAndCpu = [](const StageTime& time) {
    return fixed(time.wallMs, 1) + " ms (" + fixed(time.cpuMs, 1) + " CPU)";
  };
  row("plan: RapidJSON DOM parse (the floor)", wallAndCpu(inProcess.rapidjson), "", true);
  row("plan: parse alone (SourceText + loadJson)", wallAndCpu(inProcess.parse), "", true);
  // A lint that stopped at a limit read nothing: its time is no answer to the target. Targets are
  // judged on CPU time, which other work on the shared machine does not inflate; on an idle
  // machine the two agree (the work is one thread).
  const bool linted = inProcess.findings.find("ECS015") == std::string::npos;
  row("plan: Linter::lint", wallAndCpu(inProcess.lint), "< 1 s (CPU)", linted && inProcess.lint.cpuMs < 1000);
  row("plan: lint / parse alone (CPU)",
      fixed(inProcess.parse.cpuMs > 0 ? inProcess.lint.cpuMs / inProcess.parse.cpuMs : 0, 2) + "x", "", true);

  const Series whole = repeat({settings.ecslint, "--quiet", file.string()}, settings.batchRuns);
  std::printf("  %-46s %24s   %-14s\n", "measure (whole process, medians of runs)", "value", "target");
  row("plan: ecslint --quiet tfplan.json, " + std::to_string(settings.batchRuns) + " runs",
      fixed(median(whole.wallMs), 1) + " ms", "", true);
  row("  CPU time (user + system)", fixed(median(whole.cpuMs), 1) + " ms", "< 1 s (CPU)",
      linted && median(whole.cpuMs) < 1000);
  row("  peak RSS", fixed(median(whole.rssMb), 1) + " MB", "< 1024 MB", median(whole.rssMb) < 1024);
  if (whole.failures > 0) std::printf("  warning: %d runs crashed or exited 2\n", whole.failures);
  fs::remove_all(scratch);
}

std::string generatedName(int index) {
  char name[32];
  std::snprintf(name, sizeof name, "task-%05d.json", index);
  return name;
}

int run(const Settings& settings) {
  if (!settings.writePlan.empty()) {
    writeFile(settings.writePlan, generateTerraformPlan(settings.plan).json);
    return 0;
  }
  if (!settings.writeGenerated.empty()) {
    fs::create_directories(settings.writeGenerated);
    for (int i = 0; i < settings.generated; ++i) {
      writeFile(fs::path(settings.writeGenerated) / generatedName(i),
                generateTaskDefinition(static_cast<std::uint64_t>(i) + 1));
    }
    // The 5 MB case too, beside the set (DIR.large.json) rather than in it, where a lint of the
    // directory would include it.
    std::string large = settings.writeGenerated;
    while (large.size() > 1 && large.back() == '/') large.pop_back();
    writeFile(large + ".large.json", generateLargeTaskDefinition(5'000'000, 7));
    writeFile(large + ".large.yaml", generateLargeTemplate(settings.templateBytes, kTemplateSeed));
    return 0;
  }
  const std::string buildType = ECSLINT_BUILD_TYPE;
  std::printf("ecslint benchmark: %s (build type %s)\n", settings.ecslint.c_str(),
              buildType.empty() ? "none" : buildType.c_str());
  if (buildType != "Release" && buildType != "RelWithDebInfo") {
    std::printf("  warning: not an optimised build; numbers are not comparable with the targets\n");
  }
  loadAverage("before");
  if (settings.only == "yaml") {
    yamlInProcess(settings);
    loadAverage("after");
    return 0;
  }
  if (settings.only == "lsp") {
    languageServerInProcess(settings);
    loadAverage("after");
    return 0;
  }
  if (settings.only == "stack") {
    stackInProcess(settings);
    loadAverage("after");
    return 0;
  }
  if (settings.only == "terraform") {
    terraformPlan(settings);
    loadAverage("after");
    return 0;
  }

  // A scratch directory of generated task definitions.
  char pattern[] = "/tmp/ecslint-bench-XXXXXX";
  if (mkdtemp(pattern) == nullptr) {
    std::perror("ecslint_bench: mkdtemp");
    return 2;
  }
  const fs::path scratch = pattern;
  const fs::path generatedDir = scratch / "generated";
  fs::create_directories(generatedDir);
  std::vector<InputFile> generated;
  for (int i = 0; i < settings.generated; ++i) {
    const std::string name = generatedName(i);
    generated.push_back(InputFile{name, generateTaskDefinition(static_cast<std::uint64_t>(i) + 1)});
    writeFile(generatedDir / name, generated.back().bytes);
  }
  // The one-file run lints a generated file of median size unless told otherwise.
  const fs::path oneFile = settings.oneFile.empty() ? scratch / "one.json" : fs::path(settings.oneFile);
  if (settings.oneFile.empty()) {
    std::vector<const InputFile*> bySize;
    for (const InputFile& file : generated) bySize.push_back(&file);
    std::sort(bySize.begin(), bySize.end(),
              [](const InputFile* a, const InputFile* b) { return a->bytes.size() < b->bytes.size(); });
    writeFile(oneFile, bySize[bySize.size() / 2]->bytes);
  }

  std::vector<InputFile> corpus;
  std::vector<std::string> corpusArgv{settings.ecslint, "--quiet"};
  for (const fs::path& path : corpusFiles(settings.corpus)) {
    corpus.push_back(InputFile{path.filename().string(), readFile(path)});
    corpusArgv.push_back(path.string());
  }

  std::printf("\nWhole process (spawned, output to /dev/null; medians):\n");
  std::printf("  %-46s %24s   %-14s\n", "measure", "value", "target");
  const Series floor = repeat({"/bin/true"}, settings.runs);
  const Series one = repeat({settings.ecslint, oneFile.string()}, settings.runs);
  row("process start floor: /bin/true", fixed(median(floor.wallMs), 2) + " ms", "", true);
  row("  its peak RSS (the probe's floor)", fixed(median(floor.rssMb), 1) + " MB", "", true);
  row("one file (" + std::to_string(fs::file_size(oneFile)) + " B), " + std::to_string(settings.runs) +
          " runs",
      fixed(median(one.wallMs), 2) + " ms", "<= 2 ms", median(one.wallMs) <= 2.0);
  row("  90th percentile", fixed(percentile(one.wallMs, 0.9), 2) + " ms", "", true);
  row("  CPU time (user + system)", fixed(median(one.cpuMs), 2) + " ms", "", true);
  row("one file, peak RSS", fixed(median(one.rssMb), 1) + " MB", "<= 10 MB", median(one.rssMb) <= 10.0);

  const fs::path large = scratch / "large.json";
  writeFile(large, generateLargeTaskDefinition(5'000'000, 7));
  const Series big = repeat({settings.ecslint, "--quiet", large.string()}, settings.batchRuns);
  row("one 5 MB task definition (" + std::to_string(fs::file_size(large) / 1000) + " kB)",
      fixed(median(big.wallMs), 1) + " ms", "< 100 ms", median(big.wallMs) < 100.0);
  row("  its peak RSS", fixed(median(big.rssMb), 1) + " MB", "", true);

  const Series batch = repeat({settings.ecslint, "--quiet", generatedDir.string()}, settings.batchRuns);
  const double batchRate = settings.generated / (median(batch.wallMs) / 1000.0);
  row("batch: " + std::to_string(settings.generated) + " generated files, one process",
      thousands(batchRate) + " /s", ">= 20,000 /s", batchRate >= 20000);
  row("  wall, CPU, peak RSS",
      fixed(median(batch.wallMs), 1) + " ms " + fixed(median(batch.cpuMs), 1) + " ms " +
          fixed(median(batch.rssMb), 1) + " MB",
      "", true);
  int failures = floor.failures + one.failures + big.failures + batch.failures;
  if (!corpus.empty()) {
    const Series real = repeat(corpusArgv, settings.batchRuns);
    const double realRate = static_cast<double>(corpus.size()) / (median(real.wallMs) / 1000.0);
    row("batch: " + std::to_string(corpus.size()) + " real task definitions (corpus)",
        thousands(realRate) + " /s", ">= 20,000 /s", realRate >= 20000);
    row("  wall, CPU, peak RSS",
        fixed(median(real.wallMs), 1) + " ms " + fixed(median(real.cpuMs), 1) + " ms " +
            fixed(median(real.rssMb), 1) + " MB",
        "", true);
    failures += real.failures;
  } else {
    std::printf("  (no corpus at %s; pass --corpus DIR for the real task definitions)\n",
                settings.corpus.string().c_str());
  }

  std::printf("\nWorst cases of once-quadratic passes (whole process, %d runs; medians):\n",
              settings.batchRuns);
  for (const HostileCase& hostile : hostileCases()) {
    const fs::path file = scratch / "hostile.json";
    const fs::path config = scratch / "hostile-config.json";
    writeFile(file, hostile.file);
    std::vector<std::string> argv{settings.ecslint, "--quiet"};
    argv.insert(argv.end(), hostile.options.begin(), hostile.options.end());
    if (!hostile.config.empty()) {
      writeFile(config, hostile.config);
      argv.insert(argv.end(), {"--config", config.string()});
    }
    argv.push_back(file.string());
    const Series series = repeat(argv, settings.batchRuns);
    row(hostile.label, fixed(median(series.cpuMs), 1) + " ms CPU", "< 1 s", median(series.cpuMs) < 1000.0);
    failures += series.failures;
  }

  std::printf("\nIn process (no process start or file I/O; medians of %d passes):\n", settings.passes);
  const auto inProcess = [&](const std::string& label, const std::vector<InputFile>& files) {
    if (files.empty()) return;
    const InProcessResult result = measureInProcess(files, settings.passes);
    row(label + ": parse-only RapidJSON", fixed(result.parseUsPerFile, 1) + " us/file", "", true);
    row(label + ": full lint + text report", fixed(result.lintUsPerFile, 1) + " us/file", "", true);
    row(label + ": full lint / parse-only", fixed(result.ratio(), 2) + "x", "<= 8x", result.ratio() <= 8.0);
    row(label + ": lint throughput", thousands(1e6 / result.lintUsPerFile) + " /s", "", true);
  };
  inProcess("generated", generated);
  inProcess("corpus", corpus);
  yamlInProcess(settings);
  languageServerInProcess(settings);
  stackInProcess(settings);
  terraformPlan(settings);

  loadAverage("after");
  if (failures > 0) std::printf("  warning: %d runs crashed or exited 2\n", failures);
  fs::remove_all(scratch);
  return 0;
}

}  // namespace
}  // namespace ecslint::bench

int main(int argc, char** argv) {
  ecslint::bench::Settings settings;
  if (!ecslint::bench::parseArguments(argc, argv, settings)) {
    std::fputs(ecslint::bench::kUsage, stderr);
    return 2;
  }
  return ecslint::bench::run(settings);
}
