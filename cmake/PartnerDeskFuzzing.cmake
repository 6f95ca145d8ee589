# PARTNERDESK_FUZZ: every project target is built for libFuzzer with AddressSanitizer and
# UndefinedBehaviorSanitizer (coverage instrumentation, no libFuzzer main), and tests/fuzz adds
# the fuzz targets, which link the libFuzzer main. `cmake --build <dir> --target fuzz` builds
# them and only what they need (the core library). libFuzzer comes with clang only.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PARTNERDESK_FUZZ needs clang (libFuzzer is part of clang's compiler-rt), but the C++ "
        "compiler is ${CMAKE_CXX_COMPILER_ID} (${CMAKE_CXX_COMPILER}). Configure a separate build directory "
        "with -DCMAKE_CXX_COMPILER=clang++-14 (Debian: clang-14 libclang-rt-14-dev).")
endif()

target_compile_options(partnerdesk_flags INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
# Every executable of such a build needs the sanitizer runtimes; the fuzz targets add libFuzzer.
target_link_options(partnerdesk_flags INTERFACE -fsanitize=address,undefined)
