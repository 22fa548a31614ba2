#include "model/fargate_sizes.h"

#include <algorithm>
#include <array>

namespace ecslint {
namespace {

// Source: "Task CPU and memory" in the Amazon ECS Developer Guide
// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size)
// and the RegisterTaskDefinition API reference (memory parameter). A new Fargate size is one row.
constexpr std::array kRows = {
    //   cpu   min MiB  max MiB  step  Windows  extra
    FargateCpuRow{256, 1024, 2048, 1024, false, 512},     // 512 MiB, 1 GB, 2 GB
    FargateCpuRow{512, 1024, 4096, 1024, false, 0},       // 1 GB to 4 GB
    FargateCpuRow{1024, 2048, 8192, 1024, true, 0},       // 2 GB to 8 GB
    FargateCpuRow{2048, 4096, 16384, 1024, true, 0},      // 4 GB to 16 GB
    FargateCpuRow{4096, 8192, 30720, 1024, true, 0},      // 8 GB to 30 GB
    FargateCpuRow{8192, 16384, 61440, 4096, false, 0},    // 16 GB to 60 GB in 4 GB steps
    FargateCpuRow{16384, 32768, 122880, 8192, false, 0},  // 32 GB to 120 GB in 8 GB steps
};
// The 8 and 16 vCPU rows need Linux platform version 1.4.0 or later.

bool offers(const FargateCpuRow& row, std::int64_t memory) {
  if (row.extraMemory != 0 && memory == row.extraMemory) return true;
  if (memory < row.minMemory || memory > row.maxMemory) return false;
  return (memory - row.minMemory) % row.memoryStep == 0;
}

}  // namespace

std::span<const FargateCpuRow> fargateCpuRows() { return kRows; }

const FargateCpuRow* fargateRowForCpu(std::int64_t cpu) {
  const auto it = std::find_if(kRows.begin(), kRows.end(), [&](const auto& row) { return row.cpu == cpu; });
  return it == kRows.end() ? nullptr : &*it;
}

bool isValidFargatePair(TaskSizePair pair) {
  const FargateCpuRow* row = fargateRowForCpu(pair.cpu);
  return row != nullptr && offers(*row, pair.memory);
}

std::vector<std::int64_t> validFargateMemories(const FargateCpuRow& row) {
  std::vector<std::int64_t> values;
  if (row.extraMemory != 0) values.push_back(row.extraMemory);
  for (std::int64_t memory = row.minMemory; memory <= row.maxMemory; memory += row.memoryStep) {
    values.push_back(memory);
  }
  return values;
}

std::optional<TaskSizePair> nearestFargatePair(TaskSizePair requested, bool windows) {
  for (const FargateCpuRow& row : kRows) {
    if (row.cpu < requested.cpu || (windows && !row.windows)) continue;
    for (std::int64_t memory : validFargateMemories(row)) {
      if (memory >= requested.memory) return TaskSizePair{row.cpu, memory};
    }
  }
  return std::nullopt;
}

}  // namespace ecslint
