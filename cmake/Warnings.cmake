# Strict warnings for ecslint's own targets only; third-party headers are included as SYSTEM.
function(ecslint_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
  if(ECSLINT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
