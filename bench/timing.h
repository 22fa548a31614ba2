#pragma once
// Timing helpers the in-process measures share.

#include <algorithm>
#include <chrono>
#include <vector>

#include "in_process.h"

namespace ecslint::bench {

inline double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

// Microseconds per file of `each` over all the files.
template <class F>
double microsecondsPerFile(const std::vector<InputFile>& files, F&& each) {
  const auto start = std::chrono::steady_clock::now();
  for (const InputFile& file : files) each(file);
  const auto end = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::micro>(end - start).count() / static_cast<double>(files.size());
}

}  // namespace ecslint::bench
