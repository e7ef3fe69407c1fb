# -DKIOSK_SANITIZE=ON: ASan + UBSan on everything we build.
if(KIOSK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# -DKIOSK_FUZZ=ON (clang): every object instrumented for libFuzzer's coverage, with ASan + UBSan.
if(KIOSK_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
