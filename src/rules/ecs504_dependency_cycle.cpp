// ECS504 dependency-cycle: dependsOn entries that wait for each other in a circle.
//
// Containers are the nodes of a graph and dependsOn entries its edges. An iterative depth-first
// search (an explicit stack, no recursion: a generated task may chain thousands of containers)
// visits every container and entry once. An entry that leads back to a container still on the
// current path closes a cycle: that cycle is reported once, at that entry. Cost: O(containers +
// entries), plus the bounded text of each message.
#include <cstdint>
#include <unordered_set>

#include "rules/checks.h"

namespace ecslint {
namespace {

// Long cycles are shown by their ends: "c0 → c1 → … (4990 more) … → c4999 → c0" (ECS504.elided).
constexpr std::size_t kShownAtEachEnd = 5;

struct Frame {
  std::size_t container;
  std::size_t nextEntry = 0;
};

std::string cycleText(const RuleContext& context, const std::vector<std::size_t>& path, std::size_t start) {
  const auto name = [&](std::size_t index) { return std::string(context.task.containers[index].name.value); };
  const std::size_t length = path.size() - start;
  std::string text;
  for (std::size_t i = start; i < path.size(); ++i) {
    const std::size_t offset = i - start;
    if (length > 2 * kShownAtEachEnd + 1 && offset == kShownAtEachEnd) {
      text +=
          context.phrase("ECS504.elided", {{"count", std::to_string(length - 2 * kShownAtEachEnd)}}) + " → ";
      i = path.size() - kShownAtEachEnd - 1;
      continue;
    }
    text += name(path[i]) + " → ";
  }
  return text + name(path[start]);
}

}  // namespace

void checkDependencyCycle(RuleContext& context) {
  const TaskDefinition& task = context.task;
  const std::size_t count = task.containers.size();
  enum class State : std::uint8_t { New, OnPath, Done };
  std::vector<State> state(count, State::New);
  std::vector<std::size_t> positionOnPath(count, 0);
  std::vector<std::size_t> path;
  std::vector<Frame> stack;
  // A container that lists the same dependency twice closes the same cycle twice.
  std::unordered_set<std::uint64_t> reported;

  for (std::size_t root = 0; root < count; ++root) {
    if (state[root] != State::New) continue;
    state[root] = State::OnPath;
    positionOnPath[root] = path.size();
    path.push_back(root);
    stack.push_back(Frame{root});
    while (!stack.empty()) {
      const std::size_t current = stack.back().container;
      const std::vector<ContainerDependency>& entries = task.containers[current].dependsOn;
      if (stack.back().nextEntry == entries.size()) {
        state[current] = State::Done;
        path.pop_back();
        stack.pop_back();
        continue;
      }
      const ContainerDependency& entry = entries[stack.back().nextEntry++];
      if (!entry.containerName.known()) continue;
      const Container* target = task.container(entry.containerName.value);
      if (target == nullptr) continue;  // ECS503
      const auto next = static_cast<std::size_t>(target - task.containers.data());
      if (next == current) continue;  // a self-dependency is ECS503's finding
      if (state[next] == State::New) {
        state[next] = State::OnPath;
        positionOnPath[next] = path.size();
        path.push_back(next);
        stack.push_back(Frame{next});
      } else if (state[next] == State::OnPath &&
                 reported.insert((static_cast<std::uint64_t>(current) << 32) | next).second) {
        context.report(valueOf(entry.containerName.node), "ECS504.cycle",
                       {{"cycle", cycleText(context, path, positionOnPath[next])}});
      }
    }
  }
}

}  // namespace ecslint
