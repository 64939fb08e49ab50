# Platform/WASI.cmake: what CMake needs to know about CMAKE_SYSTEM_NAME WASI
# (Debian 12's CMake 3.25 has none and would warn that the system is
# unknown). Found through the CMAKE_MODULE_PATH that
# wasm32-wasi.toolchain.cmake sets; loaded after CMakeGenericSystem, so the
# executable suffix set here sticks.
set(WASI 1)
set(CMAKE_EXECUTABLE_SUFFIX .wasm)
# wasm-ld links static archives and objects only.
set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
