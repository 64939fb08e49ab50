# WasmPortFunctions.cmake: wasmport_add_module(), wasmport_package() and
# wasmport_add_test(), included by WasmPortConfig.cmake after the imported targets
# (WasmPort::plugin, WasmPort::wasmport-js) and WASMPORT_CLANG,
# WASMPORT_SYSROOT and WASMPORT_INCLUDE_DIR are defined. Reference:
# docs/CMake.md.
#
# A module is always an executable target compiled and linked by CMake's own
# rules for wasm32 (so target_* commands, CMAKE_BUILD_TYPE, the compiler
# launcher, IPO and compile_commands.json apply), then packaged by
# wasmport-js as a post-build step. In a project configured with
# wasm32-wasi.toolchain.cmake that target is NAME itself; in a
# host-configured project the ExternalProject NAME_subbuild configures and
# builds a generated wasm32 sub-project holding that target, and NAME is an
# OBJECT library that compiles nothing, stands for the module (building it
# runs the sub-build) and carries the target_* commands the host project
# calls on it into the sub-project (host-properties.cmake).

# Functions record the policies in effect where they are defined. 3.20 gives
# DEPFILE on Ninja and Makefiles with its paths taken relative to the binary
# directory (CMP0116).
cmake_policy(PUSH)
cmake_policy(VERSION 3.20...3.31)

# The C++ runtime with WebAssembly exception handling (docs/Exceptions.md):
# libc++.a, libc++abi.a and libunwind.a built with -fwasm-exceptions by
# scripts/eh-runtime.sh, which prints their directory. Empty: the script's
# default place is looked in (wasmport_find_eh_runtime).
set(WASMPORT_EH_RUNTIME "" CACHE PATH
  "directory of libc++.a, libc++abi.a and libunwind.a built with -fwasm-exceptions (scripts/eh-runtime.sh prints it)")

# The rewrite path (docs/Distributed.md): each source goes through
# wasmport-rewrite first and the module compiles its output without the
# plugin, which distccd refuses (and icecream cannot compile from the
# preprocessed input it sends). AUTO: when CMAKE_CXX_COMPILER_LAUNCHER names
# distcc or icecc.
set(WASMPORT_REWRITE AUTO CACHE STRING
  "compile modules through wasmport-rewrite instead of the plugin: ON, OFF or AUTO (ON when CMAKE_CXX_COMPILER_LAUNCHER names distcc or icecc)")

# _wasmport_launcher_names(<out-var> <regex>): TRUE when a word of
# CMAKE_CXX_COMPILER_LAUNCHER has a file name matching <regex>.
function(_wasmport_launcher_names out regex)
  set(found FALSE)
  foreach(item IN LISTS CMAKE_CXX_COMPILER_LAUNCHER)
    get_filename_component(tool "${item}" NAME)
    if(tool MATCHES "${regex}")
      set(found TRUE)
    endif()
  endforeach()
  set(${out} ${found} PARENT_SCOPE)
endfunction()

# _wasmport_rewrite_enabled(<out-var>): WASMPORT_REWRITE resolved to TRUE or
# FALSE.
function(_wasmport_rewrite_enabled out)
  if(WASMPORT_REWRITE STREQUAL "AUTO" OR WASMPORT_REWRITE STREQUAL "")
    _wasmport_launcher_names(on "^(distcc|icecc)")
    set(${out} ${on} PARENT_SCOPE)
  elseif(WASMPORT_REWRITE)
    set(${out} TRUE PARENT_SCOPE)
  else()
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()

# _wasmport_launched_compiler(<out-var>): the clang++ the module's sources
# are compiled with. WASMPORT_CLANG, except under a distcc launcher: distccd
# runs only compilers on its whitelist, given by name or as /usr/bin/NAME,
# and refuses Debian's /usr/lib/llvm-N/bin/clang++ ("compiler name ...
# cannot be an absolute path"), so the same compiler is then named by its
# /usr/bin/clang++-N link when that is one (docs/Distributed.md).
function(_wasmport_launched_compiler out)
  set(compiler "${WASMPORT_CLANG}")
  _wasmport_launcher_names(distcc "^distcc")
  get_filename_component(dir "${compiler}" DIRECTORY)
  if(distcc AND NOT dir STREQUAL "/usr/bin")
    string(REGEX MATCH "[0-9]+$" major "${WASMPORT_LLVM_MAJOR}")
    set(alias "/usr/bin/clang++-${major}")
    if(major AND EXISTS "${alias}")
      file(REAL_PATH "${alias}" alias_file)
      file(REAL_PATH "${compiler}" compiler_file)
      if(alias_file STREQUAL compiler_file)
        set(compiler "${alias}")
      endif()
    endif()
  endif()
  set(${out} "${compiler}" PARENT_SCOPE)
endfunction()

# wasmport_find_eh_runtime(<out-var> <clang++>)
# Sets <out-var> to the exception-handling runtime's library directory:
# WASMPORT_EH_RUNTIME when set (an error if it lacks one of the three
# libraries), else the directory scripts/eh-runtime.sh builds by default for
# that clang's version,
# ${WASMPORT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wasmport}/eh-runtime-<version>/lib,
# if the script finished there (its stamp file exists); else to "".
function(wasmport_find_eh_runtime out clang)
  set(libs libc++.a libc++abi.a libunwind.a)
  if(WASMPORT_EH_RUNTIME)
    foreach(lib IN LISTS libs)
      if(NOT EXISTS "${WASMPORT_EH_RUNTIME}/${lib}")
        message(FATAL_ERROR "WASMPORT_EH_RUNTIME=${WASMPORT_EH_RUNTIME} has no ${lib}; "
          "scripts/eh-runtime.sh builds the runtime and prints the directory to use")
      endif()
    endforeach()
    set(${out} "${WASMPORT_EH_RUNTIME}" PARENT_SCOPE)
    return()
  endif()
  set(${out} "" PARENT_SCOPE)
  execute_process(COMMAND "${clang}" -dumpversion OUTPUT_VARIABLE version
    OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc ERROR_QUIET)
  if(NOT rc EQUAL 0 OR NOT version)
    return()
  endif()
  if(NOT "$ENV{WASMPORT_CACHE}" STREQUAL "")
    set(cache "$ENV{WASMPORT_CACHE}")
  elseif(NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
    set(cache "$ENV{XDG_CACHE_HOME}/wasmport")
  else()
    set(cache "$ENV{HOME}/.cache/wasmport")
  endif()
  set(dir "${cache}/eh-runtime-${version}")
  if(NOT EXISTS "${dir}/stamp")
    return()
  endif()
  foreach(lib IN LISTS libs)
    if(NOT EXISTS "${dir}/lib/${lib}")
      return()
    endif()
  endforeach()
  set(${out} "${dir}/lib" PARENT_SCOPE)
endfunction()

# wasmport_add_module(NAME SOURCES src...
#                     [TARGET node|web|bundler] [OUT_DIR dir] [EXCEPTIONS] [MINIFY]
#                     [TESTS] [COMPILE_OPTIONS opt...] [LINK_OPTIONS opt...]
#                     [LINK_LIBRARIES lib...])
# Writes OUT_DIR/NAME.js, NAME.d.ts, NAME.wasm and package.json; OUT_DIR
# defaults to ${CMAKE_CURRENT_BINARY_DIR}/NAME and TARGET to web (as
# wasmport-js). EXCEPTIONS compiles with -fwasm-exceptions and links the
# exception-handling runtime (wasmport_find_eh_runtime; an error without it).
# MINIFY writes compact JS (wasmport-js --minify). LINK_LIBRARIES are linked
# whole (their exports reach the module). TESTS keeps the module's
# [[wasmport::test]] functions (-fplugin-arg-wasmport-tests, or
# wasmport-rewrite --tests) and compiles its C++ sources as C++20 (async tests
# are coroutines) unless COMPILE_OPTIONS has a -std=; wasmport_add_test uses
# it. The target NAME has the properties WASMPORT_OUT_DIR, WASMPORT_JS (the
# generated module's path) and WASMPORT_WASM (the linked module, with its
# manifest, as wasmport-js and wasmport-test read it).
function(wasmport_add_module name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "EXCEPTIONS;MINIFY;TESTS" "TARGET;OUT_DIR"
    "SOURCES;COMPILE_OPTIONS;LINK_OPTIONS;LINK_LIBRARIES")
  set(where "wasmport_add_module(${name})")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "${where}: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "${where}: SOURCES is required")
  endif()
  if(NOT ARG_TARGET)
    set(ARG_TARGET web)
  elseif(NOT ARG_TARGET MATCHES "^(node|web|bundler)$")
    message(FATAL_ERROR "${where}: TARGET must be node, web or bundler, not '${ARG_TARGET}'")
  endif()
  foreach(t WasmPort::plugin WasmPort::wasmport-js)
    if(NOT TARGET ${t})
      message(FATAL_ERROR "${where}: ${t} is not defined; call find_package(WasmPort) first")
    endif()
  endforeach()
  if(ARG_OUT_DIR)
    get_filename_component(out "${ARG_OUT_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  else()
    set(out "${CMAKE_CURRENT_BINARY_DIR}/${name}")
  endif()
  _wasmport_claim_out_dir("${where}" "${out}")

  # Real C++ exceptions: every object is compiled with -fwasm-exceptions and
  # the module links the runtime built with it, found first with -L (before
  # the sysroot's libc++ without exceptions); -lunwind because clang 19 does
  # not add it.
  set(eh_dir)
  if(ARG_EXCEPTIONS)
    wasmport_find_eh_runtime(eh_dir "${WASMPORT_CLANG}")
    if(NOT eh_dir)
      message(FATAL_ERROR "${where}: EXCEPTIONS needs the C++ runtime with wasm exception "
        "handling: build it with wasmport's scripts/eh-runtime.sh and configure with "
        "-DWASMPORT_EH_RUNTIME=<the directory it prints> (docs/Exceptions.md)")
    endif()
  endif()

  set(sources)
  foreach(src IN LISTS ARG_SOURCES)
    get_filename_component(src "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND sources "${src}")
  endforeach()

  # TESTS: the flags of its C++ sources.
  set(test_flags)
  if(ARG_TESTS AND NOT ARG_COMPILE_OPTIONS MATCHES "(^|;)-std=")
    set(test_flags -std=c++20)
  endif()

  if(CMAKE_SYSTEM_NAME STREQUAL "WASI")
    _wasmport_module_target()
  else()
    _wasmport_module_subbuild()
  endif()
endfunction()

# wasmport_add_test(NAME SOURCES src... [TARGETS node chromium]
#                   [TIMEOUT seconds] [EXCEPTIONS] [COMPILE_OPTIONS opt...]
#                   [LINK_OPTIONS opt...] [LINK_LIBRARIES lib...])
# The test module NAME, built by wasmport_add_module(NAME ... TARGET node
# TESTS) exactly as the project's other modules (toolchain file or sub-build,
# WASMPORT_REWRITE, EXCEPTIONS, the build type and launcher), with -g (DWARF
# for debugging in Chromium). After each build of it, its tests are
# discovered (WasmPortTestDiscovery.cmake runs `wasmport-test NAME.wasm
# --list`) and CTest gets one test per C++ test and runner target (TARGETS,
# default node), named NAME.TARGET.TESTNAME (e.g. mylib.node.parses), each
# running `wasmport-test NAME.wasm --target TARGET --filter '^TESTNAME$'`
# [--timeout TIMEOUT], labelled wasmport-test and TARGET. Before the first
# build, CTest shows the one test NAME_NOT_BUILT, which fails saying why. The project
# calls enable_testing() (or include(CTest)) as for any add_test.
function(wasmport_add_test name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "EXCEPTIONS" "TIMEOUT"
    "SOURCES;TARGETS;COMPILE_OPTIONS;LINK_OPTIONS;LINK_LIBRARIES")
  set(where "wasmport_add_test(${name})")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "${where}: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "${where}: SOURCES is required")
  endif()
  if(NOT ARG_TARGETS)
    set(ARG_TARGETS node)
  endif()
  list(REMOVE_DUPLICATES ARG_TARGETS)
  foreach(t IN LISTS ARG_TARGETS)
    if(NOT t MATCHES "^(node|chromium)$")
      message(FATAL_ERROR "${where}: TARGETS are node and chromium, not '${t}'")
    endif()
  endforeach()
  if(DEFINED ARG_TIMEOUT AND (NOT ARG_TIMEOUT MATCHES "^[0-9]+(\\.[0-9]+)?$" OR ARG_TIMEOUT LESS_EQUAL 0))
    message(FATAL_ERROR "${where}: TIMEOUT is a positive number of seconds, not '${ARG_TIMEOUT}'")
  endif()
  if(NOT TARGET WasmPort::wasmport-js)
    message(FATAL_ERROR "${where}: WasmPort::wasmport-js is not defined; call find_package(WasmPort) first")
  endif()

  set(module_args SOURCES ${ARG_SOURCES} TARGET node TESTS COMPILE_OPTIONS -g ${ARG_COMPILE_OPTIONS})
  if(ARG_EXCEPTIONS)
    list(APPEND module_args EXCEPTIONS)
  endif()
  foreach(kind LINK_OPTIONS LINK_LIBRARIES)
    if(ARG_${kind})
      list(APPEND module_args ${kind} ${ARG_${kind}})
    endif()
  endforeach()
  wasmport_add_module(${name} ${module_args})

  # wasmport-test is installed next to wasmport-js (build/bin in wasmport's
  # own build tree).
  _wasmport_tool_file(js WasmPort::wasmport-js)
  if(js MATCHES "^\\$<")
    set(runner "$<TARGET_FILE_DIR:WasmPort::wasmport-js>/wasmport-test")
  else()
    get_filename_component(js_dir "${js}" DIRECTORY)
    set(runner "${js_dir}/wasmport-test")
  endif()
  get_target_property(wasm ${name} WASMPORT_WASM)
  set(work "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${name}.wasmport.dir")
  set(tests_file "${work}/${name}.tests.cmake")
  set(include_file "${work}/${name}.ctest.cmake")
  string(JOIN "," targets ${ARG_TARGETS})
  # In a host project NAME is an OBJECT library (no build steps of its own):
  # the discovery follows the sub-build.
  get_target_property(built ${name} WASMPORT_SUBBUILD_TARGET)
  if(NOT built)
    set(built ${name})
  endif()
  add_custom_command(TARGET ${built} POST_BUILD
    COMMAND "${CMAKE_COMMAND}" "-DRUNNER=${runner}" "-DMODULE=${wasm}" "-DPREFIX=${name}"
            "-DTARGETS=${targets}" "-DTIMEOUT=${ARG_TIMEOUT}" "-DOUT=${tests_file}"
            -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/WasmPortTestDiscovery.cmake"
    BYPRODUCTS "${tests_file}"
    COMMENT "Discovering the tests of ${name}"
    VERBATIM)
  # Until then, one test that fails saying so (echo succeeds: WILL_FAIL).
  _wasmport_bracket(q_tests "${tests_file}")
  _wasmport_bracket(q_missing "${name}_NOT_BUILT")
  _wasmport_bracket(q_cmake "${CMAKE_COMMAND}")
  _wasmport_bracket(q_why "${name}: build the target ${name} first: its tests are discovered after it is built")
  file(MAKE_DIRECTORY "${work}")
  file(WRITE "${include_file}"
    "# Generated by wasmport_add_test(${name}) in ${CMAKE_CURRENT_LIST_FILE}: do not edit.\n"
    "if(EXISTS ${q_tests})\n"
    "  include(${q_tests})\n"
    "else()\n"
    "  add_test(${q_missing} ${q_cmake} -E echo ${q_why})\n"
    "  set_tests_properties(${q_missing} PROPERTIES WILL_FAIL TRUE)\n"
    "endif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()

# wasmport_package(TARGET exe [JS_TARGET node|web|bundler] [NAME name]
#                  [OUT_DIR dir] [MINIFY])
# Turns an executable target built with the toolchain file into a package:
# after each link, wasmport-js writes OUT_DIR/NAME.js, NAME.d.ts, NAME.wasm
# and package.json (NAME defaults to the target's name, OUT_DIR to
# ${CMAKE_CURRENT_BINARY_DIR}/NAME, JS_TARGET to web). The static libraries
# the target links are linked whole (their exports reach the module).
function(wasmport_package)
  cmake_parse_arguments(PARSE_ARGV 0 ARG "MINIFY" "TARGET;JS_TARGET;NAME;OUT_DIR" "")
  set(where "wasmport_package(TARGET ${ARG_TARGET})")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "${where}: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT ARG_TARGET OR NOT TARGET "${ARG_TARGET}")
    message(FATAL_ERROR "${where}: TARGET must name an executable target")
  endif()
  get_target_property(type ${ARG_TARGET} TYPE)
  if(NOT type STREQUAL "EXECUTABLE" OR NOT CMAKE_SYSTEM_NAME STREQUAL "WASI")
    message(FATAL_ERROR "${where}: TARGET must be an executable built for wasm32 with "
      "wasm32-wasi.toolchain.cmake (here: a ${type} for ${CMAKE_SYSTEM_NAME}); "
      "in a host project, use wasmport_add_module")
  endif()
  if(NOT TARGET WasmPort::wasmport-js)
    message(FATAL_ERROR "${where}: WasmPort::wasmport-js is not defined; call find_package(WasmPort) first")
  endif()
  if(NOT ARG_JS_TARGET)
    set(ARG_JS_TARGET web)
  elseif(NOT ARG_JS_TARGET MATCHES "^(node|web|bundler)$")
    message(FATAL_ERROR "${where}: JS_TARGET must be node, web or bundler, not '${ARG_JS_TARGET}'")
  endif()
  if(NOT ARG_NAME)
    set(ARG_NAME ${ARG_TARGET})
  endif()
  if(ARG_OUT_DIR)
    get_filename_component(out "${ARG_OUT_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  else()
    set(out "${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}")
  endif()
  get_target_property(claimed ${ARG_TARGET} WASMPORT_OUT_DIR)
  if(NOT claimed STREQUAL out)
    _wasmport_claim_out_dir("${where}" "${out}")
  endif()
  _wasmport_package("${ARG_TARGET}" "${ARG_NAME}" "${out}" "${ARG_JS_TARGET}" "${ARG_MINIFY}")
endfunction()

# wasmport-js writes OUT_DIR/package.json for each module: two modules in one
# directory would be two rules for one file.
function(_wasmport_claim_out_dir where out)
  get_property(used GLOBAL PROPERTY WASMPORT_OUT_DIRS)
  if(out IN_LIST used)
    message(FATAL_ERROR "${where}: OUT_DIR ${out} is already used by another module; "
      "each module needs its own (it holds the module's package.json)")
  endif()
  set_property(GLOBAL APPEND PROPERTY WASMPORT_OUT_DIRS "${out}")
endfunction()

# The file of an imported target (the installed plugin or wasmport-js), for
# dependencies that take paths; a target of this build gives the generator
# expression and a target-level dependency instead.
function(_wasmport_tool_file out target)
  get_target_property(aliased ${target} ALIASED_TARGET)
  if(aliased)
    set(target ${aliased})
  endif()
  get_target_property(imported ${target} IMPORTED)
  if(NOT imported)
    set(${out} "$<TARGET_FILE:${target}>" PARENT_SCOPE)
    return()
  endif()
  get_target_property(file ${target} IMPORTED_LOCATION)
  if(NOT file)
    get_target_property(configs ${target} IMPORTED_CONFIGURATIONS)
    foreach(config IN LISTS configs)
      get_target_property(file ${target} IMPORTED_LOCATION_${config})
      if(file)
        break()
      endif()
    endforeach()
  endif()
  set(${out} "${file}" PARENT_SCOPE)
endfunction()

# Packages executable target `tgt` (wasmport_package, wasmport_add_module).
function(_wasmport_package tgt name out js_target minify)
  set(js_flags)
  if(minify)
    set(js_flags --minify)
  endif()
  set(outputs "${out}/${name}.js" "${out}/${name}.d.ts" "${out}/${name}.wasm" "${out}/package.json")
  add_custom_command(TARGET ${tgt} POST_BUILD
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${out}"
    COMMAND WasmPort::wasmport-js "$<TARGET_FILE:${tgt}>" --out-dir "${out}"
            --target ${js_target} --out-name ${name} ${js_flags}
    BYPRODUCTS ${outputs}
    COMMENT "Generating JS bindings ${name}.js (${js_target})"
    VERBATIM)
  # A new wasmport-js relinks the module, and so repackages it.
  _wasmport_tool_file(js WasmPort::wasmport-js)
  if(js MATCHES "^\\$<")
    get_target_property(js_target_name WasmPort::wasmport-js ALIASED_TARGET)
    add_dependencies(${tgt} ${js_target_name})
  elseif(js)
    set_property(TARGET ${tgt} APPEND PROPERTY LINK_DEPENDS "${js}")
  endif()
  set_target_properties(${tgt} PROPERTIES
    WASMPORT_MODULE TRUE
    WASMPORT_OUT_DIR "${out}"
    WASMPORT_JS "${out}/${name}.js")
endfunction()

# wasmport_add_module in a project configured with the toolchain file: the
# executable target NAME, in the calling function's scope.
macro(_wasmport_module_target)
  set(work "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${name}.wasmport.dir")
  _wasmport_rewrite_enabled(rewrite)
  if(rewrite AND CMAKE_CXX_FLAGS MATCHES "-fplugin=")
    message(FATAL_ERROR "${where}: WASMPORT_REWRITE compiles the rewrite tool's output without "
      "the plugin, but CMAKE_CXX_FLAGS loads it (${CMAKE_CXX_FLAGS}): configure with "
      "-DWASMPORT_REWRITE=ON given to cmake (the toolchain file then leaves the plugin out) "
      "or with -DWASMPORT_PLUGIN=")
  endif()
  if(rewrite)
    add_executable(${name})
  else()
    add_executable(${name} ${sources})
  endif()
  set_target_properties(${name} PROPERTIES
    OUTPUT_NAME ${name}
    RUNTIME_OUTPUT_DIRECTORY "${work}")
  # wasmport's headers as system headers: COMPILE_OPTIONS -Wall -Werror
  # judges the user's code only.
  target_include_directories(${name} SYSTEM PRIVATE "${WASMPORT_INCLUDE_DIR}")
  _wasmport_rewrite_enabled(rewrite)
  if(rewrite)
    _wasmport_rewrite_sources()
  else()
    # The toolchain file puts the plugin in CMAKE_CXX_FLAGS unless configured
    # without it (WASMPORT_PLUGIN empty): a module needs it anyway.
    _wasmport_tool_file(plugin WasmPort::plugin)
    if(NOT CMAKE_CXX_FLAGS MATCHES "-fplugin=")
      target_compile_options(${name} PRIVATE "$<$<COMPILE_LANGUAGE:CXX>:-fplugin=${plugin}>")
    endif()
    # Source options come after the target's: -fplugin-arg-wasmport-tests
    # follows the -fplugin= of CMAKE_CXX_FLAGS or of the line above.
    if(ARG_TESTS)
      _wasmport_cxx_sources(cxx_sources ${sources})
      set_property(SOURCE ${cxx_sources} APPEND PROPERTY COMPILE_OPTIONS
        ${test_flags} -fplugin-arg-wasmport-tests)
    endif()
    # A new plugin recompiles the sources.
    if(plugin MATCHES "^\\$<")
      get_target_property(plugin_target WasmPort::plugin ALIASED_TARGET)
      add_dependencies(${name} ${plugin_target})
    elseif(plugin)
      set_property(SOURCE ${sources} APPEND PROPERTY OBJECT_DEPENDS "${plugin}")
    endif()
  endif()
  if(eh_dir)
    target_compile_options(${name} PRIVATE -fwasm-exceptions)
    target_link_options(${name} PRIVATE -fwasm-exceptions "-L${eh_dir}")
    target_link_libraries(${name} PRIVATE -lunwind)
    set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS
      "${eh_dir}/libc++.a" "${eh_dir}/libc++abi.a" "${eh_dir}/libunwind.a")
  endif()
  if(ARG_COMPILE_OPTIONS)
    target_compile_options(${name} PRIVATE ${ARG_COMPILE_OPTIONS})
  endif()
  if(ARG_LINK_OPTIONS)
    target_link_options(${name} PRIVATE ${ARG_LINK_OPTIONS})
  endif()
  # Static libraries whole, so that every export in them reaches the module
  # (DESIGN.md 1.2); object libraries and objects as they are.
  foreach(lib IN LISTS ARG_LINK_LIBRARIES)
    if(TARGET ${lib})
      get_target_property(type ${lib} TYPE)
      if(type STREQUAL "STATIC_LIBRARY")
        target_link_libraries(${name} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${lib}>")
      elseif(type STREQUAL "OBJECT_LIBRARY" OR type STREQUAL "INTERFACE_LIBRARY")
        target_link_libraries(${name} PRIVATE ${lib})
      else()
        message(FATAL_ERROR "${where}: LINK_LIBRARIES takes static, object or interface "
          "libraries built for wasm32 (or paths to them); ${lib} is a ${type}")
      endif()
      continue()
    endif()
    # Flags (-l, -L, -Wl,...), generator expressions and library names (as
    # target_link_libraries forwards them from a host project) as they are.
    _wasmport_link_path(lib_is_path "${lib}")
    if(NOT lib_is_path)
      target_link_libraries(${name} PRIVATE "${lib}")
      continue()
    endif()
    get_filename_component(lib "${lib}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
    if(lib MATCHES "\\.a$")
      target_link_libraries(${name} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${lib}>")
    else()
      target_link_libraries(${name} PRIVATE "${lib}")
    endif()
  endforeach()
  _wasmport_package(${name} ${name} "${out}" ${ARG_TARGET} "${ARG_MINIFY}")
  set_target_properties(${name} PROPERTIES
    WASMPORT_WASM "${work}/${name}${CMAKE_EXECUTABLE_SUFFIX}")
endmacro()

# The C++ files among the sources (the others are C).
function(_wasmport_cxx_sources out)
  set(cxx)
  foreach(src IN LISTS ARGN)
    if(NOT src MATCHES "\\.c$")
      list(APPEND cxx "${src}")
    endif()
  endforeach()
  set(${out} "${cxx}" PARENT_SCOPE)
endfunction()

# The rewrite path of _wasmport_module_target, in its scope: for each source,
# wasmport-rewrite writes work/rewrite/<dir>/<stem>.wasmport.cpp (a custom
# command with the target's include directories, definitions and options,
# and a depfile from the preprocessor, so an edited header rewrites the
# sources that include it), and the target compiles those files, without
# the plugin, by CMake's rules: a launcher such as distcc may send them to
# another machine. DISTCC_NO_REWRITE_CROSS=1 keeps distcc 3.4 from appending
# -target <host> to a compile that says --target=wasm32-wasi.
macro(_wasmport_rewrite_sources)
  if(NOT TARGET WasmPort::wasmport-rewrite)
    message(FATAL_ERROR "${where}: WASMPORT_REWRITE needs WasmPort::wasmport-rewrite; call find_package(WasmPort) first")
  endif()
  set(tgt_prop "$<TARGET_PROPERTY:${name},INCLUDE_DIRECTORIES>")
  set(def_prop "$<TARGET_PROPERTY:${name},COMPILE_DEFINITIONS>")
  set(flags_text "${CMAKE_CXX_FLAGS}")
  if(CMAKE_BUILD_TYPE)
    string(TOUPPER "${CMAKE_BUILD_TYPE}" config)
    string(APPEND flags_text " ${CMAKE_CXX_FLAGS_${config}}")
  endif()
  separate_arguments(build_flags UNIX_COMMAND "${flags_text}")
  set(parse_flags --target=wasm32-wasi "--sysroot=${CMAKE_SYSROOT}" -isystem "${WASMPORT_INCLUDE_DIR}"
    "$<$<BOOL:${tgt_prop}>:-I$<JOIN:${tgt_prop},$<SEMICOLON>-I>>"
    "$<$<BOOL:${def_prop}>:-D$<JOIN:${def_prop},$<SEMICOLON>-D>>"
    ${build_flags}
    "$<TARGET_PROPERTY:${name},COMPILE_OPTIONS>")
  _wasmport_tool_file(rewrite_tool WasmPort::wasmport-rewrite)
  set(rewritten)
  set(rewrite_flags)
  if(ARG_TESTS)
    set(rewrite_flags --tests)
  endif()
  foreach(src IN LISTS sources)
    # TESTS: C++20 for the rewrite tool's parse and for the compile of its
    # output.
    set(src_flags)
    if(ARG_TESTS AND NOT src MATCHES "\\.c$")
      set(src_flags ${test_flags})
    endif()
    file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${src}")
    string(REPLACE "../" "__/" rel "${rel}")
    get_filename_component(rel_dir "${rel}" DIRECTORY)
    get_filename_component(stem "${src}" NAME_WE)
    set(gen_dir "${work}/rewrite/${rel_dir}")
    set(gen "${gen_dir}/${stem}.wasmport.cpp")
    file(MAKE_DIRECTORY "${gen_dir}")
    add_custom_command(OUTPUT "${gen}" "${gen_dir}/${stem}.wasmport.json"
      COMMAND "${CMAKE_CXX_COMPILER}" ${parse_flags} ${src_flags} -M -MT "${gen}" -MF "${gen}.d" "${src}"
      COMMAND WasmPort::wasmport-rewrite "${src}" --out-dir "${gen_dir}" ${rewrite_flags}
              -- ${parse_flags} ${src_flags}
      DEPENDS "${src}" ${rewrite_tool}
      DEPFILE "${gen}.d"
      COMMENT "Rewriting ${rel} for wasm32 (wasmport-rewrite)"
      COMMAND_EXPAND_LISTS VERBATIM)
    if(src_flags)
      set_property(SOURCE "${gen}" APPEND PROPERTY COMPILE_OPTIONS ${src_flags})
    endif()
    list(APPEND rewritten "${gen}")
  endforeach()
  target_sources(${name} PRIVATE ${rewritten})
  if(CMAKE_CXX_COMPILER_LAUNCHER)
    set_target_properties(${name} PROPERTIES CXX_COMPILER_LAUNCHER
      "${CMAKE_COMMAND};-E;env;DISTCC_NO_REWRITE_CROSS=1;${CMAKE_CXX_COMPILER_LAUNCHER}")
  endif()
endmacro()

# One CMake argument, quoted so that the generated CMakeLists.txt reads it
# back verbatim (generator expressions, semicolons and quotes included).
function(_wasmport_bracket out value)
  set(eq "=")
  while(value MATCHES "\\]${eq}\\]")
    string(APPEND eq "=")
  endwhile()
  set(${out} "[${eq}[${value}]${eq}]" PARENT_SCOPE)
endfunction()

# wasmport_add_module in a host-configured project, in the calling
# function's scope: a generated sub-project that calls wasmport_add_module
# under the toolchain file, built by ExternalProject as the target
# NAME_subbuild. NAME itself is an OBJECT library without compiled sources
# that stands for the module in the host project: its one source is a
# symbolic "object" made after the sub-build (so `ninja NAME` runs it), and
# the target_* commands the host project calls on it reach the sub-build
# through host-properties.cmake (_wasmport_forward_host_properties).
macro(_wasmport_module_subbuild)
  include(ExternalProject)
  set(work "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${name}.wasmport.dir")
  set(project_dir "${work}/project")
  set(build_dir "${work}/build")

  set(languages CXX)
  foreach(src IN LISTS sources)
    if(src MATCHES "\\.c$")
      set(languages C CXX)
    endif()
  endforeach()
  set(call "wasmport_add_module(${name}\n  SOURCES")
  foreach(src IN LISTS sources)
    _wasmport_bracket(q "${src}")
    string(APPEND call " ${q}")
  endforeach()
  string(APPEND call " \${WASMPORT_HOST_SOURCES}")
  _wasmport_bracket(q "${out}")
  string(APPEND call "\n  TARGET ${ARG_TARGET} OUT_DIR ${q}")
  if(ARG_EXCEPTIONS)
    string(APPEND call " EXCEPTIONS")
  endif()
  if(ARG_MINIFY)
    string(APPEND call " MINIFY")
  endif()
  if(ARG_TESTS)
    string(APPEND call " TESTS")
  endif()
  foreach(kind COMPILE_OPTIONS LINK_OPTIONS)
    if(ARG_${kind})
      string(APPEND call "\n  ${kind}")
      foreach(opt IN LISTS ARG_${kind})
        _wasmport_bracket(q "${opt}")
        string(APPEND call " ${q}")
      endforeach()
    endif()
  endforeach()
  # LINK_LIBRARIES are the host target's target_link_libraries (below), so
  # they reach the sub-build as those do.
  string(APPEND call "\n  LINK_LIBRARIES \${WASMPORT_HOST_LINK_LIBRARIES})\n")
  # The host target's own properties, after wasmport_add_module's.
  foreach(command compile_options compile_definitions include_directories link_options)
    string(TOUPPER "${command}" kind)
    string(APPEND call
      "if(WASMPORT_HOST_${kind})\n"
      "  target_${command}(${name} PRIVATE \${WASMPORT_HOST_${kind}})\n"
      "endif()\n")
  endforeach()
  string(APPEND call
    "if(WASMPORT_HOST_SYSTEM_INCLUDE_DIRECTORIES)\n"
    "  target_include_directories(${name} SYSTEM PRIVATE \${WASMPORT_HOST_SYSTEM_INCLUDE_DIRECTORIES})\n"
    "endif()\n")
  set(functions "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/WasmPortFunctions.cmake")
  string(CONCAT text
    "# Generated by wasmport_add_module(${name}) in ${CMAKE_CURRENT_LIST_FILE}: do not edit.\n"
    "# The module, built for wasm32 by CMake's own rules under wasm32-wasi.toolchain.cmake.\n"
    "cmake_minimum_required(VERSION 3.20)\n"
    "project(${name} LANGUAGES ${languages})\n"
    "# The tools, as WasmPortConfig.cmake defines them.\n"
    "add_executable(WasmPort::wasmport-js IMPORTED)\n"
    "set_target_properties(WasmPort::wasmport-js PROPERTIES IMPORTED_LOCATION \"\${WASMPORT_JS_EXECUTABLE}\")\n"
    "add_executable(WasmPort::wasmport-rewrite IMPORTED)\n"
    "set_target_properties(WasmPort::wasmport-rewrite PROPERTIES IMPORTED_LOCATION \"\${WASMPORT_REWRITE_EXECUTABLE}\")\n"
    "set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS TRUE)\n"
    "add_library(WasmPort::plugin MODULE IMPORTED)\n"
    "set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)\n"
    "set_target_properties(WasmPort::plugin PROPERTIES IMPORTED_LOCATION \"\${WASMPORT_PLUGIN_FILE}\")\n"
    "set(WASMPORT_CLANG \"\${CMAKE_CXX_COMPILER}\")\n"
    "include([==[${functions}]==])\n"
    "# What the host project's target_* commands gave the target ${name}.\n"
    "include([==[${work}/host-properties.cmake]==])\n"
    "if(WASMPORT_HOST_SOURCES MATCHES \"\\\\.c(;|\$)\")\n"
    "  enable_language(C)\n"
    "endif()\n"
    "${call}")
  file(WRITE "${work}/project.cmake.tmp" "${text}")
  # Rewritten only when it changes, so the sub-build reconfigures only then.
  configure_file("${work}/project.cmake.tmp" "${project_dir}/CMakeLists.txt" COPYONLY)

  _wasmport_tool_file(plugin WasmPort::plugin)
  _wasmport_tool_file(js WasmPort::wasmport-js)
  set(rewrite_exe)
  if(TARGET WasmPort::wasmport-rewrite)
    _wasmport_tool_file(rewrite_exe WasmPort::wasmport-rewrite)
  endif()
  # The rewrite path compiles without the plugin: the toolchain file leaves
  # it out of CMAKE_CXX_FLAGS.
  _wasmport_rewrite_enabled(rewrite)
  set(toolchain_plugin "${plugin}")
  if(rewrite)
    set(toolchain_plugin "")
  endif()
  _wasmport_launched_compiler(compiler)
  get_filename_component(clang_dir "${compiler}" DIRECTORY)
  get_filename_component(clang_name "${compiler}" NAME)
  string(REGEX REPLACE "\\+\\+" "" c_name "${clang_name}")
  set(cache_args
    "-DCMAKE_TOOLCHAIN_FILE:FILEPATH=${CMAKE_CURRENT_FUNCTION_LIST_DIR}/wasm32-wasi.toolchain.cmake"
    "-DCMAKE_CXX_COMPILER:FILEPATH=${compiler}"
    "-DCMAKE_C_COMPILER:FILEPATH=${clang_dir}/${c_name}"
    "-DWASMPORT_SYSROOT:PATH=${WASMPORT_SYSROOT}"
    "-DWASMPORT_PLUGIN:FILEPATH=${toolchain_plugin}"
    "-DWASMPORT_PLUGIN_FILE:FILEPATH=${plugin}"
    "-DWASMPORT_REWRITE:STRING=${rewrite}"
    "-DWASMPORT_REWRITE_EXECUTABLE:FILEPATH=${rewrite_exe}"
    "-DWASMPORT_INCLUDE_DIR:PATH=${WASMPORT_INCLUDE_DIR}"
    "-DWASMPORT_JS_EXECUTABLE:FILEPATH=${js}"
    "-DWASMPORT_EH_RUNTIME:PATH=${eh_dir}")
  # What configures any CMake target, forwarded from the host project.
  foreach(var CMAKE_BUILD_TYPE CMAKE_CXX_COMPILER_LAUNCHER CMAKE_C_COMPILER_LAUNCHER
              CMAKE_EXPORT_COMPILE_COMMANDS CMAKE_INTERPROCEDURAL_OPTIMIZATION
              CMAKE_VERBOSE_MAKEFILE CMAKE_COLOR_DIAGNOSTICS)
    if(DEFINED ${var})
      string(REPLACE ";" "|" value "${${var}}")
      list(APPEND cache_args "-D${var}:STRING=${value}")
    endif()
  endforeach()
  # The sub-build's linked module (_wasmport_module_target's work directory).
  set(wasm "${build_dir}/CMakeFiles/${name}.wasmport.dir/${name}.wasm")
  set(outputs "${out}/${name}.js" "${out}/${name}.d.ts" "${out}/${name}.wasm" "${out}/package.json"
    "${wasm}")
  set(subbuild ${name}_subbuild)
  ExternalProject_Add(${subbuild}
    SOURCE_DIR "${project_dir}"
    BINARY_DIR "${build_dir}"
    PREFIX "${work}/ep"
    LIST_SEPARATOR "|"
    CMAKE_CACHE_ARGS ${cache_args}
    # The sub-build knows the sources' dependencies (headers included): it
    # runs on every build and does nothing when nothing changed.
    BUILD_ALWAYS TRUE
    BUILD_BYPRODUCTS ${outputs}
    INSTALL_COMMAND "")
  foreach(tool WasmPort::plugin WasmPort::wasmport-js WasmPort::wasmport-rewrite)
    if(NOT TARGET ${tool})
      continue()
    endif()
    get_target_property(aliased ${tool} ALIASED_TARGET)
    if(aliased)
      add_dependencies(${subbuild} ${aliased})
    endif()
  endforeach()

  # NAME: an OBJECT library whose only source is a symbolic external object
  # made after the sub-build. Ninja's `NAME` then runs the sub-build (an
  # OBJECT library without objects would be an empty phony target), and the
  # host project's target_* commands are allowed on it (they are not on a
  # custom target). LINKER_LANGUAGE NONE: the host project may have no
  # language (project(x LANGUAGES NONE)).
  set(stamp "${work}/${name}.subbuild.o")
  add_custom_command(OUTPUT "${stamp}"
    COMMAND "${CMAKE_COMMAND}" -E echo_append
    DEPENDS ${subbuild}
    COMMENT "Built ${name}.js (wasm32 sub-build ${subbuild})"
    VERBATIM)
  set_source_files_properties("${stamp}" PROPERTIES SYMBOLIC TRUE EXTERNAL_OBJECT TRUE GENERATED TRUE)
  add_library(${name} OBJECT "${stamp}")
  add_dependencies(${name} ${subbuild})
  # What the directory gave the new target (add_compile_options,
  # include_directories, add_definitions, add_link_options, link_libraries)
  # is meant for the host project's own code: only the target_* commands on
  # NAME reach the module.
  foreach(prop COMPILE_OPTIONS COMPILE_DEFINITIONS INCLUDE_DIRECTORIES LINK_OPTIONS LINK_LIBRARIES)
    set_property(TARGET ${name} PROPERTY ${prop})
  endforeach()
  if(ARG_LINK_LIBRARIES)
    target_link_libraries(${name} PRIVATE ${ARG_LINK_LIBRARIES})
  endif()
  set_target_properties(${name} PROPERTIES
    LINKER_LANGUAGE NONE
    WASMPORT_MODULE TRUE
    WASMPORT_OUT_DIR "${out}"
    WASMPORT_JS "${out}/${name}.js"
    WASMPORT_WASM "${wasm}"
    WASMPORT_BUILD_DIR "${build_dir}"
    WASMPORT_SUBBUILD_TARGET ${subbuild}
    WASMPORT_SUBBUILD_STAMP "${stamp}"
    WASMPORT_SUBBUILD_WORK "${work}")
  # The sub-build is configured at build time, after the host project has
  # generated host-properties.cmake.
  get_property(forwarded GLOBAL PROPERTY WASMPORT_SUBBUILD_MODULES)
  set_property(GLOBAL APPEND PROPERTY WASMPORT_SUBBUILD_MODULES ${name})
  if(NOT forwarded)
    cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL _wasmport_forward_host_properties)
  endif()
  if(CMAKE_EXPORT_COMPILE_COMMANDS)
    _wasmport_merge_compile_commands(${name} "${build_dir}/compile_commands.json")
  endif()
endmacro()

# At the end of the top-level directory (when every target_* command has
# run): for each host-project module, the properties of the target NAME and
# of the INTERFACE libraries it links are written by file(GENERATE) to
# CMakeFiles/NAME.wasmport.dir/host-properties.cmake, which the sub-build's
# CMakeLists.txt includes. A change rewrites the file, so the sub-build
# reconfigures and recompiles what the change affects.
function(_wasmport_forward_host_properties)
  get_property(modules GLOBAL PROPERTY WASMPORT_SUBBUILD_MODULES)
  foreach(name IN LISTS modules)
    _wasmport_forward_module(${name})
  endforeach()
endfunction()

# _wasmport_host_item(<out-var> <item>): <item> as one bracket argument of
# host-properties.cmake, with its generator expressions left for
# file(GENERATE) to evaluate in the host project or, when one only makes
# sense in the wasm32 sub-build (its languages, compiler, platform, link
# features or targets), escaped so that the whole item reaches the sub-build
# as written and is evaluated there.
function(_wasmport_host_item out item)
  set(names COMPILE_LANGUAGE COMPILE_LANG_AND_ID LINK_LANGUAGE LINK_LANG_AND_ID
    C_COMPILER_ID CXX_COMPILER_ID C_COMPILER_VERSION CXX_COMPILER_VERSION COMPILE_FEATURES
    PLATFORM_ID LINK_LIBRARY LINK_GROUP DEVICE_LINK HOST_LINK)
  string(JOIN "|" names ${names})
  set(subbuild_genex "\\$<(${names})[:>]")
  set(raw FALSE)
  if(item MATCHES "${subbuild_genex}")
    set(raw TRUE)
  endif()
  # $<TARGET_...:tgt> of a target the host project does not have: one of
  # the sub-build.
  string(REGEX MATCHALL "\\$<TARGET_[A-Z_]+:[^,>$]+" refs "${item}")
  foreach(ref IN LISTS refs)
    string(REGEX REPLACE "^\\$<TARGET_[A-Z_]+:" "" tgt "${ref}")
    if(NOT ref MATCHES "^\\$<TARGET_PROPERTY:" AND NOT TARGET "${tgt}")
      set(raw TRUE)
    endif()
  endforeach()
  if(raw)
    string(REPLACE "$<" "$<1:$><" item "${item}")
  endif()
  _wasmport_bracket(q "${item}")
  set(${out} "${q}" PARENT_SCOPE)
endfunction()

# _wasmport_link_path(<out-var> <item>): TRUE when a link item that is not
# a target names a file (a path, or a .a/.o/.obj), FALSE for flags (-l, -L,
# -Wl,...), generator expressions and library names (m).
function(_wasmport_link_path out item)
  if(item MATCHES "^-|\\$<" OR NOT item MATCHES "[/\\]|\\.(a|o|obj)$")
    set(${out} FALSE PARENT_SCOPE)
  else()
    set(${out} TRUE PARENT_SCOPE)
  endif()
endfunction()

# _wasmport_host_links(<name> <items-var> <interfaces-var> <bin-dir> <item>...):
# the link items of the host target <name> (or of an INTERFACE library it
# links), appended to <items-var> for the sub-build's link: wasm32 library
# paths (relative ones taken from <bin-dir>, the module's binary directory),
# -l/-L flags, library names (m) and generator expressions. An INTERFACE host target goes to <interfaces-var> (its usage
# requirements are forwarded) and its own link items are followed; any other
# host target is compiled for the host and cannot be linked into wasm32.
function(_wasmport_host_links name items_var interfaces_var bin_dir)
  set(items ${${items_var}})
  set(interfaces ${${interfaces_var}})
  foreach(item IN LISTS ARGN)
    if(item MATCHES "^\\$<LINK_ONLY:(.*)>$")
      set(item "${CMAKE_MATCH_1}")
    endif()
    if(item STREQUAL "")
      continue()
    endif()
    if(NOT TARGET "${item}")
      _wasmport_link_path(path "${item}")
      if(path)
        get_filename_component(item "${item}" ABSOLUTE BASE_DIR "${bin_dir}")
      endif()
      list(APPEND items "${item}")
      continue()
    endif()
    get_target_property(aliased "${item}" ALIASED_TARGET)
    set(tgt "${item}")
    if(aliased)
      set(tgt "${aliased}")
    endif()
    get_target_property(type "${tgt}" TYPE)
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
      message(FATAL_ERROR "wasmport_add_module(${name}): the module links ${item} (LINK_LIBRARIES or "
        "target_link_libraries), a ${type} of this "
        "host project: it is compiled for the host and cannot be linked into a wasm32 module. "
        "Give its sources to the module (target_sources(${name} PRIVATE ...)), or build "
        "it as a static library in a project configured with wasm32-wasi.toolchain.cmake and "
        "link its .a by path (docs/CMake.md); INTERFACE (header-only) targets are forwarded")
    endif()
    if(tgt IN_LIST interfaces)
      continue()
    endif()
    list(APPEND interfaces "${tgt}")
    get_target_property(links "${tgt}" INTERFACE_LINK_LIBRARIES)
    if(links)
      _wasmport_host_links(${name} items interfaces "${bin_dir}" ${links})
    endif()
  endforeach()
  set(${items_var} "${items}" PARENT_SCOPE)
  set(${interfaces_var} "${interfaces}" PARENT_SCOPE)
endfunction()

# host-properties.cmake of the host-project module <name>
# (_wasmport_forward_host_properties).
function(_wasmport_forward_module name)
  get_target_property(work ${name} WASMPORT_SUBBUILD_WORK)
  get_target_property(stamp ${name} WASMPORT_SUBBUILD_STAMP)
  get_target_property(src_dir ${name} SOURCE_DIR)
  get_target_property(bin_dir ${name} BINARY_DIR)

  set(links)
  set(interfaces)
  get_target_property(own_links ${name} LINK_LIBRARIES)
  if(own_links)
    _wasmport_host_links(${name} links interfaces "${bin_dir}" ${own_links})
  endif()

  # Sources added by target_sources: compiled by the sub-build only (the
  # host project, if it has C++, must not compile them for the host). The
  # target's own go back to the sub-build's stamp alone; the INTERFACE
  # libraries' are HEADER_FILE_ONLY in the module's directory.
  set(sources)
  get_target_property(own_sources ${name} SOURCES)
  foreach(src IN LISTS own_sources)
    if(src STREQUAL stamp)
      continue()
    endif()
    if(NOT src MATCHES "\\$<")
      get_filename_component(src "${src}" ABSOLUTE BASE_DIR "${src_dir}")
    endif()
    list(APPEND sources "${src}")
  endforeach()
  set_property(TARGET ${name} PROPERTY SOURCES "${stamp}")
  foreach(iface IN LISTS interfaces)
    get_target_property(iface_sources ${iface} INTERFACE_SOURCES)
    if(NOT iface_sources)
      continue()
    endif()
    get_target_property(iface_dir ${iface} SOURCE_DIR)
    foreach(src IN LISTS iface_sources)
      if(NOT src MATCHES "\\$<")
        get_filename_component(src "${src}" ABSOLUTE BASE_DIR "${iface_dir}")
        set_source_files_properties("${src}" TARGET_DIRECTORY ${name} PROPERTIES HEADER_FILE_ONLY TRUE)
      endif()
      list(APPEND sources "${src}")
    endforeach()
  endforeach()

  string(CONCAT text
    "# Generated by wasmport_add_module(${name}) from the properties the host project gave\n"
    "# the target ${name} (and the INTERFACE libraries it links): do not edit.\n")
  # Include directories CMake takes as system headers: those of imported
  # targets and the SYSTEM ones.
  set(system_includes)
  foreach(iface IN LISTS interfaces)
    get_target_property(imported ${iface} IMPORTED)
    get_target_property(no_system ${iface} NO_SYSTEM_FROM_IMPORTED)
    set(system_props INTERFACE_SYSTEM_INCLUDE_DIRECTORIES)
    if(imported AND NOT no_system)
      list(APPEND system_props INTERFACE_INCLUDE_DIRECTORIES)
    endif()
    foreach(prop IN LISTS system_props)
      get_target_property(dirs ${iface} ${prop})
      if(dirs)
        list(APPEND system_includes ${dirs})
      endif()
    endforeach()
  endforeach()
  foreach(kind SOURCES COMPILE_OPTIONS COMPILE_DEFINITIONS INCLUDE_DIRECTORIES SYSTEM_INCLUDE_DIRECTORIES
               LINK_OPTIONS LINK_LIBRARIES)
    if(kind STREQUAL "SOURCES")
      set(values ${sources})
    elseif(kind STREQUAL "LINK_LIBRARIES")
      set(values ${links})
    elseif(kind STREQUAL "SYSTEM_INCLUDE_DIRECTORIES")
      set(values ${system_includes})
    else()
      get_target_property(values ${name} ${kind})
      if(NOT values)
        set(values)
      endif()
      foreach(iface IN LISTS interfaces)
        get_target_property(iface_values ${iface} INTERFACE_${kind})
        if(iface_values)
          list(APPEND values ${iface_values})
        endif()
      endforeach()
    endif()
    string(APPEND text "set(WASMPORT_HOST_${kind}")
    foreach(value IN LISTS values)
      _wasmport_host_item(q "${value}")
      string(APPEND text "\n  ${q}")
    endforeach()
    string(APPEND text ")\n")
  endforeach()
  file(GENERATE OUTPUT "${work}/host-properties.cmake" CONTENT "${text}" TARGET ${name})
endfunction()

# clangd reads the host project's compile_commands.json: after the
# sub-builds, their entries are merged into it (test/install checks it).
function(_wasmport_merge_compile_commands name db)
  get_property(dbs GLOBAL PROPERTY WASMPORT_COMPILE_COMMANDS)
  get_property(modules GLOBAL PROPERTY WASMPORT_COMPILE_COMMANDS_MODULES)
  set_property(GLOBAL APPEND PROPERTY WASMPORT_COMPILE_COMMANDS "${db}")
  set_property(GLOBAL APPEND PROPERTY WASMPORT_COMPILE_COMMANDS_MODULES "${name}")
  if(NOT modules)
    cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL _wasmport_merge_target)
  endif()
endfunction()

function(_wasmport_merge_target)
  get_property(dbs GLOBAL PROPERTY WASMPORT_COMPILE_COMMANDS)
  get_property(modules GLOBAL PROPERTY WASMPORT_COMPILE_COMMANDS_MODULES)
  add_custom_target(wasmport_compile_commands ALL
    COMMAND "${CMAKE_COMMAND}" "-DHOST=${CMAKE_BINARY_DIR}/compile_commands.json"
            "-DSUB=${dbs}" -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/WasmPortCompileCommands.cmake"
    COMMENT "Merging the wasm modules' compile commands into compile_commands.json"
    VERBATIM)
  add_dependencies(wasmport_compile_commands ${modules})
endfunction()

cmake_policy(POP)
