#pragma once
// The task sizes AWS Fargate accepts, kept as data (see fargate_sizes.cpp).

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace ecslint {

struct FargateCpuRow {
  std::int64_t cpu;          // CPU units (1024 = 1 vCPU)
  std::int64_t minMemory;    // MiB
  std::int64_t maxMemory;    // MiB
  std::int64_t memoryStep;   // MiB between valid values from minMemory to maxMemory
  bool windows;              // also offered for Windows containers on Fargate
  std::int64_t extraMemory;  // one more valid value below minMemory (0: none)
};

struct TaskSizePair {
  std::int64_t cpu;
  std::int64_t memory;
  friend bool operator==(const TaskSizePair&, const TaskSizePair&) = default;
};

std::span<const FargateCpuRow> fargateCpuRows();
const FargateCpuRow* fargateRowForCpu(std::int64_t cpu);
bool isValidFargatePair(TaskSizePair pair);
std::vector<std::int64_t> validFargateMemories(const FargateCpuRow& row);

// The valid pair that changes the least while never shrinking memory: the smallest valid memory
// >= the requested one for the same cpu, else the smallest larger cpu that offers enough memory.
// nullopt when no Fargate size has that much memory. `windows`: only the sizes Fargate offers for
// Windows containers.
std::optional<TaskSizePair> nearestFargatePair(TaskSizePair requested, bool windows = false);

}  // namespace ecslint
