# Warnings for our own targets only (Debian's headers are included as SYSTEM).
function(kiosk_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual)
  if(KIOSK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
