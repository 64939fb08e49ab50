# `cmake --install build --prefix P` lays out DESIGN.md 1.2 and the CMake
# package that find_package(WasmPort) loads:
#   P/bin/wasmport-js, P/bin/wasmport-rewrite, P/bin/wasmport-test (and its
#     Chromium support in P/share/wasmport/test)
#   P/lib/wasmport-plugin.so
#   P/include/wasmport/*.h
#   P/lib/cmake/WasmPort/  WasmPortConfig.cmake, WasmPortConfigVersion.cmake,
#     WasmPortTargets*.cmake (imported targets), WasmPortFunctions.cmake
#     (wasmport_add_module, wasmport_add_test), WasmPortCompileCommands.cmake,
#     WasmPortTestDiscovery.cmake, wasm32-wasi.toolchain.cmake,
#     Platform/WASI.cmake
# The directories are spelled out rather than taken from GNUInstallDirs, which
# would say lib/x86_64-linux-gnu under /usr: the contract says P/lib.
# docs/CMake.md describes the package.
include(CMakePackageConfigHelpers)

set(WASMPORT_INSTALL_CMAKEDIR lib/cmake/WasmPort)
set(WASMPORT_INSTALL_INCLUDEDIR include)

# The tools link libLLVM/libclang-cpp from the LLVM tree; keep finding them
# there once installed (CMake drops the build-tree RUNPATH on install).
set_target_properties(wasmport-js wasmport-rewrite PROPERTIES
  INSTALL_RPATH "${LLVM_LIBRARY_DIR}")
set_target_properties(wasmport-plugin PROPERTIES EXPORT_NAME plugin)

# WasmPort::headers: the runtime headers annotated code includes. They are
# compiled for wasm32 only, so the target carries the include directory and
# nothing else.
add_library(wasmport-runtime-headers INTERFACE)
target_include_directories(wasmport-runtime-headers INTERFACE
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<INSTALL_INTERFACE:${WASMPORT_INSTALL_INCLUDEDIR}>)
set_target_properties(wasmport-runtime-headers PROPERTIES EXPORT_NAME headers)

install(TARGETS wasmport-js wasmport-rewrite EXPORT WasmPortTargets
  RUNTIME DESTINATION bin)
install(PROGRAMS ${PROJECT_BINARY_DIR}/bin/wasmport-test DESTINATION bin)
install(DIRECTORY ${PROJECT_BINARY_DIR}/share/wasmport/test
  DESTINATION share/wasmport)
install(TARGETS wasmport-plugin EXPORT WasmPortTargets
  LIBRARY DESTINATION lib)
install(TARGETS wasmport-runtime-headers EXPORT WasmPortTargets)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/wasmport DESTINATION ${WASMPORT_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h")

install(EXPORT WasmPortTargets NAMESPACE WasmPort::
  DESTINATION ${WASMPORT_INSTALL_CMAKEDIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/WasmPortConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/WasmPortConfig.cmake
  INSTALL_DESTINATION ${WASMPORT_INSTALL_CMAKEDIR}
  PATH_VARS WASMPORT_INSTALL_INCLUDEDIR)
# The tools run on the build host whatever a consuming project targets (a
# project configured with the wasm32 toolchain file has 4-byte pointers).
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/WasmPortConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES
    ${PROJECT_BINARY_DIR}/cmake/WasmPortConfig.cmake
    ${PROJECT_BINARY_DIR}/cmake/WasmPortConfigVersion.cmake
    ${PROJECT_SOURCE_DIR}/cmake/WasmPortFunctions.cmake
    ${PROJECT_SOURCE_DIR}/cmake/WasmPortCompileCommands.cmake
    ${PROJECT_SOURCE_DIR}/cmake/WasmPortTestDiscovery.cmake
    ${PROJECT_SOURCE_DIR}/cmake/wasm32-wasi.toolchain.cmake
  DESTINATION ${WASMPORT_INSTALL_CMAKEDIR})
install(FILES ${PROJECT_SOURCE_DIR}/cmake/Platform/WASI.cmake
  DESTINATION ${WASMPORT_INSTALL_CMAKEDIR}/Platform)
