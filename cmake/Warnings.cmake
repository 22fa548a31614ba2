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
  if(ECSLINT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
