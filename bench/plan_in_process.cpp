#include "plan_in_process.h"

#include <rapidjson/document.h>

#include <time.h>

#include <chrono>
#include <limits>
#include <map>
#include <vector>

#include "engine/linter.h"
#include "json/json_loader.h"
#include "terraform/plan_resources.h"
#include "timing.h"

namespace ecslint::bench {
namespace {

volatile std::size_t sink;  // keeps the optimiser from dropping the work

double threadCpuMs() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct Series {
  std::vector<double> wall;
  std::vector<double> cpu;
  StageTime medians() const { return StageTime{median(wall), median(cpu)}; }
};

template <class F>
void time(Series& series, F&& work) {
  const auto start = std::chrono::steady_clock::now();
  const double cpuStart = threadCpuMs();
  work();
  series.cpu.push_back(threadCpuMs() - cpuStart);
  series.wall.push_back(
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
}

}  // namespace

PlanInProcessResult measurePlanInProcess(const std::string& name, const std::string& bytes, int passes) {
  PlanInProcessResult result;
  {
    // Without the value limit, to count the plan's values even when they are over it.
    const SourceText source(name, bytes);
    const auto document = loadJson(source, std::numeric_limits<std::uint32_t>::max());
    if (document) {
      result.values = document->nodeCount();
      const auto kind = terraformOutputKind(*document);
      result.isPlan = kind == TerraformOutput::Plan;
      if (kind) {
        for (const PlanResource& resource : readPlanResources(*document, *kind)) {
          ++result.planResources;
          if (resource.type != "aws_ecs_task_definition") continue;
          ++result.taskDefinitions;
          if (resource.changing) ++result.changingTaskDefinitions;
        }
      }
    }
  }
  // What `ecslint plan.json` does with text output: every default rule, no fix edits.
  LintOptions options;
  options.computeFixes = false;
  const RuleCatalogue& catalogue = RuleCatalogue::builtIn();
  const Linter linter(catalogue, RuleSelection(catalogue), options);
  Series rapidjson;
  Series parse;
  Series lint;
  for (int pass = 0; pass < passes; ++pass) {
    time(rapidjson, [&] {
      rapidjson::Document document;
      document.Parse(bytes.data(), bytes.size());
      sink = sink + (document.HasParseError() ? 1u : 0u);
    });
    // The copies are made outside the timings: the command line moves the bytes it read.
    std::string copy = bytes;
    time(parse, [&] {
      const SourceText source(name, std::move(copy));
      const auto document = loadJson(source);
      sink = sink + (document ? document->nodeCount() : 0u);
    });
    std::map<std::string, int> byRule;
    copy = bytes;
    time(lint, [&] {
      const FileReport report = linter.lint(name, std::move(copy));
      for (const Finding& finding : report.findings) ++byRule[std::string(finding.rule->id)];
    });
    if (pass == 0) {
      for (const auto& [rule, count] : byRule) {
        result.findings += (result.findings.empty() ? "" : ", ") + rule + " x" + std::to_string(count);
      }
    }
  }
  result.rapidjson = rapidjson.medians();
  result.parse = parse.medians();
  result.lint = lint.medians();
  return result;
}

}  // namespace ecslint::bench
