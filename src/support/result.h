#pragma once
// Result<T, E>: a value or an error, without exceptions. tl::expected today; the alias keeps a
// later move to std::expected (GCC 13, C++23) mechanical.

#include <tl/expected.hpp>

namespace ecslint {

template <class T, class E>
using Result = tl::expected<T, E>;

template <class E>
auto makeError(E&& error) {
  return tl::make_unexpected(std::forward<E>(error));
}

}  // namespace ecslint
