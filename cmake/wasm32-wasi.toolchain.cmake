# wasm32-wasi.toolchain.cmake: configures a whole CMake project for
# wasm32-wasi with Clang 19 and the Debian wasi-libc/libc++ sysroot (/usr):
#   cmake -S . -B build-wasm -G Ninja \
#     -DCMAKE_TOOLCHAIN_FILE=P/lib/cmake/WasmPort/wasm32-wasi.toolchain.cmake
# Executables are reactor modules named NAME.wasm; C++ is compiled with the
# wasmport plugin and sees <wasmport/...> when this file sits in an installed
# package (P/lib/cmake/WasmPort). Settings, each overridable with -D:
#   WASMPORT_PLUGIN       plugin added to C++ compiles (empty: none)
#   WASMPORT_INCLUDE_DIR  directory holding wasmport/*.h
#   WASMPORT_SYSROOT      the wasm32-wasi sysroot (default /usr)
#   WASMPORT_REWRITE      ON: no plugin in CMAKE_CXX_FLAGS (the rewrite path)
# CMake reads this file once per language and once per try_compile: it only
# sets variables. docs/CMake.md has the details.
set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_VERSION 1)
set(CMAKE_SYSTEM_PROCESSOR wasm32)
if(NOT CMAKE_CURRENT_LIST_DIR IN_LIST CMAKE_MODULE_PATH)
  list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}") # Platform/WASI.cmake
endif()

if(NOT CMAKE_C_COMPILER)
  set(CMAKE_C_COMPILER clang-19)
endif()
if(NOT CMAKE_CXX_COMPILER)
  set(CMAKE_CXX_COMPILER clang++-19)
endif()
set(CMAKE_C_COMPILER_TARGET wasm32-wasi)
set(CMAKE_CXX_COMPILER_TARGET wasm32-wasi)
if(NOT DEFINED WASMPORT_SYSROOT)
  set(WASMPORT_SYSROOT /usr)
endif()
set(CMAKE_SYSROOT "${WASMPORT_SYSROOT}")
# Reactor modules (DESIGN.md 3: on the link line only): _initialize instead
# of a main that exits.
set(CMAKE_EXE_LINKER_FLAGS_INIT -mexec-model=reactor)

# In an installed package the plugin and headers are at fixed places
# relative to this file.
get_filename_component(_wasmport_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
if(NOT DEFINED WASMPORT_PLUGIN AND EXISTS "${_wasmport_prefix}/lib/wasmport-plugin.so")
  set(WASMPORT_PLUGIN "${_wasmport_prefix}/lib/wasmport-plugin.so")
endif()
if(NOT DEFINED WASMPORT_INCLUDE_DIR AND EXISTS "${_wasmport_prefix}/include/wasmport")
  set(WASMPORT_INCLUDE_DIR "${_wasmport_prefix}/include")
endif()
unset(_wasmport_prefix)
# -DWASMPORT_REWRITE=ON: modules go through wasmport-rewrite and compile
# without the plugin (docs/Distributed.md), so it is left out.
if(WASMPORT_PLUGIN AND NOT (WASMPORT_REWRITE AND NOT WASMPORT_REWRITE STREQUAL "AUTO"))
  set(CMAKE_CXX_FLAGS_INIT "-fplugin=${WASMPORT_PLUGIN}")
endif()
if(WASMPORT_INCLUDE_DIR)
  set(CMAKE_C_STANDARD_INCLUDE_DIRECTORIES "${WASMPORT_INCLUDE_DIR}")
  set(CMAKE_CXX_STANDARD_INCLUDE_DIRECTORIES "${WASMPORT_INCLUDE_DIR}")
endif()
# try_compile projects read this file afresh: hand them what -D gave us.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES
  WASMPORT_PLUGIN WASMPORT_INCLUDE_DIR WASMPORT_SYSROOT WASMPORT_REWRITE)
list(REMOVE_DUPLICATES CMAKE_TRY_COMPILE_PLATFORM_VARIABLES)
