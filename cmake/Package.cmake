# `cpack -G DEB` (in the build tree, after ninja): a Debian package of
# wasmport that installs the layout of cmake/Install.cmake under /usr
# (/usr/bin/wasmport-js, /usr/lib/wasmport-plugin.so, /usr/include/wasmport,
# /usr/lib/cmake/WasmPort). Its dependencies are the Debian 12 packages the
# installed files need: the LLVM/Clang 19 libraries the tools and plugin
# link, the compiler and linker the CMake package and toolchain file use, and
# the wasm32-wasi sysroot. The install test checks it (test/install,
# docs/CMake.md "Debian package").
set(CPACK_PACKAGE_NAME wasmport)
set(CPACK_PACKAGE_VENDOR wasmport)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "C++ to WebAssembly bindings for JavaScript: Clang 19 plugin, rewrite tool and JS generator")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "wasmport developers <wasmport@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE amd64)
execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE _wasmport_arch
  OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _wasmport_rc ERROR_QUIET)
if(_wasmport_rc EQUAL 0 AND _wasmport_arch)
  set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${_wasmport_arch})
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libc6, libstdc++6, libgcc-s1, libllvm${WASMPORT_LLVM_MAJOR}, libclang-cpp${WASMPORT_LLVM_MAJOR}, clang-${WASMPORT_LLVM_MAJOR}, lld-${WASMPORT_LLVM_MAJOR}, wasi-libc, libc++-${WASMPORT_LLVM_MAJOR}-dev-wasm32, libc++abi-${WASMPORT_LLVM_MAJOR}-dev-wasm32, libclang-rt-${WASMPORT_LLVM_MAJOR}-dev-wasm32")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "cmake, ninja-build, nodejs")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR DEB)
# Only what `cmake --install` puts in the package: no source package.
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
