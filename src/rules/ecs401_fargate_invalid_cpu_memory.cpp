// ECS401 fargate-invalid-cpu-memory: a task size Fargate does not offer.
#include <algorithm>

#include "model/fargate_sizes.h"
#include "model/task_size.h"

#include "rules/checks.h"
#include "rules/rule_helpers.h"

namespace ecslint {
namespace {

// 512 -> "512 MiB", 2048 -> "2 GB" (the way the Fargate table is written).
std::string formatMemory(std::int64_t mib) {
  if (mib % 1024 == 0) return std::to_string(mib / 1024) + " GB";
  return std::to_string(mib) + " MiB";
}

// 256 -> "256 (0.25 vCPU)", 300 -> "300 (0.293 vCPU)"
std::string formatCpu(std::int64_t units) {
  std::string vcpu = std::to_string(static_cast<double>(units) / 1024.0);  // "0.250000"
  vcpu.resize(std::min(vcpu.size(), vcpu.find('.') + 4));                  // at most 3 decimals
  while (vcpu.back() == '0') vcpu.pop_back();
  if (vcpu.back() == '.') vcpu.pop_back();
  return std::to_string(units) + " (" + vcpu + " vCPU)";
}

// The memories a cpu row allows: "512 MiB, 1 GB or 2 GB", or "2 GB to 8 GB in 1 GB steps".
std::string listMemories(const RuleContext& context, const FargateCpuRow& row) {
  const std::vector<std::int64_t> values = validFargateMemories(row);
  const auto memory = [&](std::size_t i) { return formatMemory(values[i]); };
  if (values.size() == 2)
    return context.phrase("ECS401.memories.two", {{"first", memory(0)}, {"last", memory(1)}});
  if (values.size() == 3) {
    return context.phrase("ECS401.memories.three",
                          {{"first", memory(0)}, {"second", memory(1)}, {"last", memory(2)}});
  }
  if (values.size() == 4) {
    return context.phrase(
        "ECS401.memories.four",
        {{"first", memory(0)}, {"second", memory(1)}, {"third", memory(2)}, {"last", memory(3)}});
  }
  return context.phrase("ECS401.memories.range", {{"min", formatMemory(values.front())},
                                                  {"max", formatMemory(values.back())},
                                                  {"step", formatMemory(row.memoryStep)}});
}

// The nearest size among those offered for the task's platform (Windows has fewer).
std::string suggestion(const RuleContext& context, TaskSizePair requested, bool windows) {
  const std::optional<TaskSizePair> nearest = nearestFargatePair(requested, windows);
  if (!nearest) {
    const FargateCpuRow* largest = &fargateCpuRows().back();
    for (const FargateCpuRow& row : fargateCpuRows()) {
      if (windows && row.windows) largest = &row;
    }
    return context.phrase(windows ? "ECS401.suggestion.none-windows" : "ECS401.suggestion.none",
                          {{"cpu", formatCpu(largest->cpu)}, {"memory", formatMemory(largest->maxMemory)}});
  }
  return context.phrase("ECS401.suggestion.nearest", {{"cpu", std::to_string(nearest->cpu)},
                                                      {"memory", std::to_string(nearest->memory)},
                                                      {"memory_size", formatMemory(nearest->memory)}});
}

// The text of a task size string without its quotes (its escapes, if any, make it no example).
std::string_view unquoted(std::string_view json) {
  return json.size() >= 2 ? json.substr(1, json.size() - 2) : std::string_view{};
}

// Sets the nearest valid pair that does not shrink memory, in the form the file uses ("2 GB"),
// among the sizes offered for Windows when the task runs Windows (so the fix draws no ECS408).
void offerNearestSize(RuleContext& context, TaskSizePair requested) {
  const TaskDefinition& task = context.task;
  const std::optional<TaskSizePair> nearest = nearestFargatePair(requested, task.windows());
  if (!nearest) return;
  const std::string cpu = formatTaskCpuLike(unquoted(context.sourceText(task.cpu.node)), nearest->cpu);
  const std::string memory =
      formatTaskMemoryLike(unquoted(context.sourceText(task.memory.node)), nearest->memory);
  const bool newCpu = nearest->cpu != requested.cpu;
  const bool newMemory = nearest->memory != requested.memory;
  const std::string_view title = !newCpu      ? "ECS401.fix.memory"
                                 : !newMemory ? "ECS401.fix.cpu"
                                              : "ECS401.fix.cpu-and-memory";
  MessageArgs arguments;
  if (newCpu) arguments.push_back({"cpu", cpu});
  if (newMemory) arguments.push_back({"memory", memory});
  context.offerFix(title, std::move(arguments), [&](Editor& edit) {
    if (nearest->cpu != requested.cpu) edit.replaceString(task.cpu.node, cpu);
    if (nearest->memory != requested.memory) edit.replaceString(task.memory.node, memory);
  });
}

}  // namespace

void checkFargateInvalidCpuMemory(RuleContext& context) {
  const TaskDefinition& task = context.task;
  if (!task.launchTypes.fargate() || !task.cpu.known() || !task.memory.known()) return;
  const TaskSizePair requested{task.cpu.value, task.memory.value};
  if (isValidFargatePair(requested)) return;

  const std::string nearest = suggestion(context, requested, task.windows());
  if (const FargateCpuRow* row = fargateRowForCpu(requested.cpu)) {
    context.report(valueOf(task.memory.node), "ECS401.invalid-memory",
                   {{"memory", formatMemory(requested.memory)},
                    {"cpu", formatCpu(requested.cpu)},
                    {"allowed", listMemories(context, *row)},
                    {"suggestion", nearest}});
    context.relate(valueOf(task.cpu.node), "ECS401.related.task-cpu");
    offerNearestSize(context, requested);
    return;
  }
  std::string cpus;
  for (const FargateCpuRow& row : fargateCpuRows()) {
    if (!cpus.empty()) cpus += ", ";
    cpus += std::to_string(row.cpu);
  }
  context.report(valueOf(task.cpu.node), "ECS401.invalid-cpu",
                 {{"cpu", std::to_string(requested.cpu)}, {"cpus", cpus}, {"suggestion", nearest}});
  offerNearestSize(context, requested);
}

}  // namespace ecslint
