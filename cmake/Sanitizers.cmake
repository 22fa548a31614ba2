# Sanitizer and fuzzing builds (docs/performance.md has the commands).
#
#   -DECSLINT_SANITIZE=ON  everything (core, executable, tests) with AddressSanitizer and
#                          UndefinedBehaviorSanitizer; any report aborts the process.
#   -DECSLINT_FUZZ=ON      also builds fuzz/ecslint_fuzz, the libFuzzer target (clang only); implies
#                          the sanitizers, and instruments everything for coverage-guided fuzzing.
#                          The tests still run (the sanitizer runtime stubs the coverage hooks), so
#                          .ci/run builds one such tree for the whole suite and the fuzzer.
option(ECSLINT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(ECSLINT_FUZZ "Build the libFuzzer target in fuzz/ (needs clang)" OFF)

if(ECSLINT_SANITIZE OR ECSLINT_FUZZ)
  # Every report aborts, except pointer-overflow, which stays recoverable so that cmake/ubsan.supp
  # can suppress RapidJSON's own (run with UBSAN_OPTIONS=suppressions=...:halt_on_error=1).
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fsanitize-recover=pointer-overflow
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports uninitialised members inside libstdc++'s <regex> when ASan instruments it, a
    # known false positive (GCC documents this warning as unreliable under sanitizers).
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
endif()

if(ECSLINT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ECSLINT_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
  endif()
  # Coverage instrumentation everywhere; only the fuzz target links libFuzzer's main.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
