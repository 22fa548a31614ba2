# Links the ecslint executable statically. Dynamic linking of libstdc++ (symbol lookup and
# relocation in ld.so) was two thirds of the instructions of a one-file run and half its wall
# time (docs/performance.md); a pre-commit hook pays that on every call. -static-pie keeps ASLR,
# which matters for a tool that reads untrusted files. Sanitizer and fuzzer builds need the
# dynamic runtime, so they stay dynamic.
include(CheckLinkerFlag)

option(ECSLINT_STATIC "Link the ecslint executable statically (faster start-up)" ON)

function(ecslint_link_statically target)
  if(NOT ECSLINT_STATIC OR ECSLINT_SANITIZE OR ECSLINT_FUZZ)
    return()
  endif()
  check_linker_flag(CXX "-static-pie" ECSLINT_HAVE_STATIC_PIE)
  if(ECSLINT_HAVE_STATIC_PIE)
    target_link_options(${target} PRIVATE -static-pie)
    return()
  endif()
  check_linker_flag(CXX "-static-libstdc++;-static-libgcc" ECSLINT_HAVE_STATIC_LIBSTDCXX)
  if(ECSLINT_HAVE_STATIC_LIBSTDCXX)
    target_link_options(${target} PRIVATE -static-libstdc++ -static-libgcc)
  endif()
endfunction()
