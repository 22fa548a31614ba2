# Strict warnings for ecslint's own targets only; third-party headers are included as SYSTEM.
function(ecslint_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
  # GCC 12 reports -Wrestrict inside libstdc++'s own std::string concatenation at -O3, a known false
  # positive (https://gcc.gnu.org/bugzilla/show_bug.cgi?id=105329); it says nothing about our code.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
     AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  # Clang warns, in C++20, wherever two RapidJSON 1.1.0 (Debian's) member iterators are compared:
  # its comparison operators are not templated on constness, so the reversed candidate C++20 adds
  # is as good a match. The non-reversed operator is the one called; fixed upstream after 1.1.0
  # (Tencent/rapidjson#1667).
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(${target} PRIVATE -Wno-ambiguous-reversed-operator)
  endif()
  if(ECSLINT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
