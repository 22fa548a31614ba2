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

std::string listMemories(const FargateCpuRow& row) {
  const std::vector<std::int64_t> values = validFargateMemories(row);
  if (values.size() <= 4) {
    std::string list;
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i != 0) list += i + 1 == values.size() ? " or " : ", ";
      list += formatMemory(values[i]);
    }
    return list;
  }
  return formatMemory(values.front()) + " to " + formatMemory(values.back()) + " in " +
         formatMemory(row.memoryStep) + " steps";
}

// The nearest size among those offered for the task's platform (Windows has fewer).
std::string suggestion(TaskSizePair requested, bool windows) {
  const std::optional<TaskSizePair> nearest = nearestFargatePair(requested, windows);
  if (!nearest) {
    const FargateCpuRow* largest = &fargateCpuRows().back();
    for (const FargateCpuRow& row : fargateCpuRows()) {
      if (windows && row.windows) largest = &row;
    }
    return std::string("No Fargate size") + (windows ? " for Windows containers" : "") +
           " is that large; the largest is cpu " + formatCpu(largest->cpu) + " with " +
           formatMemory(largest->maxMemory);
  }
  return "The nearest valid size that does not shrink memory is cpu \"" + std::to_string(nearest->cpu) +
         "\" with memory \"" + std::to_string(nearest->memory) + "\" (" + formatMemory(nearest->memory) + ")";
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
  std::string description;
  if (nearest->cpu != requested.cpu) description = "set cpu to \"" + cpu + "\"";
  if (nearest->memory != requested.memory) {
    description += (description.empty() ? "set " : " and ") + std::string("memory to \"") + memory + "\"";
  }
  context.offerFixUntranslated(std::move(description), [&](Editor& edit) {
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

  const std::string aws = " AWS rejects it: \"No Fargate configuration exists for given values.\" ";
  if (const FargateCpuRow* row = fargateRowForCpu(requested.cpu)) {
    context.reportUntranslated(valueOf(task.memory.node),
                   "Fargate does not offer memory " + formatMemory(requested.memory) + " with cpu " +
                       formatCpu(requested.cpu) + ": with that cpu, memory must be " + listMemories(*row) +
                       "." + aws + suggestion(requested, task.windows()));
    context.relateUntranslated(valueOf(task.cpu.node), "the task cpu");
    offerNearestSize(context, requested);
    return;
  }
  std::string cpus;
  for (const FargateCpuRow& row : fargateCpuRows()) {
    if (!cpus.empty()) cpus += ", ";
    cpus += std::to_string(row.cpu);
  }
  context.reportUntranslated(valueOf(task.cpu.node), "Fargate does not offer cpu " + std::to_string(requested.cpu) +
                                             " units: task cpu must be one of " + cpus +
                                             " (0.25 to 16 vCPU)." + aws +
                                             suggestion(requested, task.windows()));
  offerNearestSize(context, requested);
}

}  // namespace ecslint
