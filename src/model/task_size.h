#pragma once
// Task-level cpu and memory. The API takes strings: cpu as CPU units ("1024") or vCPUs
// ("1 vCPU", "0.25 vcpu"); memory as MiB ("2048") or GB ("2 GB", "2GB"). ECS converts them to
// units/MiB when it registers the task definition; ecslint does the same.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ecslint {

// CPU units from a task cpu string, or nullopt when it is not one of the documented forms.
std::optional<std::int64_t> parseTaskCpu(std::string_view text);
// MiB from a task memory string, or nullopt when it is not one of the documented forms.
std::optional<std::int64_t> parseTaskMemory(std::string_view text);

// `amount` written the way `example` was: with its unit when it had one and the unit expresses the
// amount exactly ("2 GB" and 3072 MiB -> "3 GB", "1 vCPU" and 512 units -> "0.5 vCPU"), else as
// plain CPU units or MiB ("2048" -> "3072"). Fixes use it to keep the form the user chose.
std::string formatTaskCpuLike(std::string_view example, std::int64_t units);
std::string formatTaskMemoryLike(std::string_view example, std::int64_t mib);

// The documented range of task cpu on EC2 and external instances: 0.125 to 192 vCPU.
inline constexpr std::int64_t kMinTaskCpuUnits = 128;
inline constexpr std::int64_t kMaxTaskCpuUnits = 196608;

}  // namespace ecslint
