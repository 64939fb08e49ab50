# WasmPortFunctions.cmake: wasmport_add_module(), included by
# WasmPortConfig.cmake after the imported targets (WasmPort::plugin,
# WasmPort::wasmport-js) and WASMPORT_CLANG, WASMPORT_SYSROOT and
# WASMPORT_INCLUDE_DIR are defined. Reference: docs/CMake.md.
#
# Each source becomes one object (clang++ -c with the plugin, -MD for header
# dependencies), the objects link into a reactor module, and wasmport-js turns
# that into the package. Every step is a build-time custom command whose
# inputs are listed, so the build redoes exactly what an edit invalidates.

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
#                     [COMPILE_OPTIONS opt...] [LINK_OPTIONS opt...]
#                     [LINK_LIBRARIES lib...])
# Writes OUT_DIR/NAME.js, NAME.d.ts, NAME.wasm and package.json; OUT_DIR
# defaults to ${CMAKE_CURRENT_BINARY_DIR}/NAME and TARGET to web (as
# wasmport-js). EXCEPTIONS compiles with -fwasm-exceptions and links the
# exception-handling runtime (wasmport_find_eh_runtime; an error without it).
# MINIFY writes compact JS (wasmport-js --minify).
# Adds the custom target NAME (part of ALL) with the properties
# WASMPORT_OUT_DIR and WASMPORT_JS (the generated module's path).
function(wasmport_add_module name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "EXCEPTIONS;MINIFY" "TARGET;OUT_DIR"
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
  # wasmport-js writes OUT_DIR/package.json for each module: two modules in
  # one directory would be two rules for one file.
  get_property(used GLOBAL PROPERTY WASMPORT_OUT_DIRS)
  if(out IN_LIST used)
    message(FATAL_ERROR "${where}: OUT_DIR ${out} is already used by another module; "
      "each module needs its own (it holds the module's package.json)")
  endif()
  set_property(GLOBAL APPEND PROPERTY WASMPORT_OUT_DIRS "${out}")

  # Real C++ exceptions: every object is compiled with -fwasm-exceptions and
  # the module links the runtime built with it, found first with -L (before
  # the sysroot's libc++ without exceptions); -lunwind because clang 19 does
  # not add it. The libraries are inputs of the link, so rebuilding the
  # runtime relinks the module.
  set(eh_compile)
  set(eh_link)
  set(eh_depends)
  if(ARG_EXCEPTIONS)
    wasmport_find_eh_runtime(eh_dir "${WASMPORT_CLANG}")
    if(NOT eh_dir)
      message(FATAL_ERROR "${where}: EXCEPTIONS needs the C++ runtime with wasm exception "
        "handling: build it with wasmport's scripts/eh-runtime.sh and configure with "
        "-DWASMPORT_EH_RUNTIME=<the directory it prints> (docs/Exceptions.md)")
    endif()
    set(eh_compile -fwasm-exceptions)
    set(eh_link -fwasm-exceptions "-L${eh_dir}" -lunwind)
    set(eh_depends "${eh_dir}/libc++.a" "${eh_dir}/libc++abi.a" "${eh_dir}/libunwind.a")
  endif()

  set(work "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${name}.wasmport.dir")
  set(plugin "$<TARGET_FILE:WasmPort::plugin>")
  set(cxx "${WASMPORT_CLANG}" --target=wasm32-wasi "--sysroot=${WASMPORT_SYSROOT}")

  set(objects)
  foreach(src IN LISTS ARG_SOURCES)
    get_filename_component(src "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${src}")
    string(REPLACE "../" "__/" rel "${rel}")
    set(obj "${work}/${rel}.o")
    get_filename_component(objdir "${obj}" DIRECTORY)
    file(MAKE_DIRECTORY "${objdir}")
    add_custom_command(OUTPUT "${obj}"
      COMMAND ${cxx} "-I${WASMPORT_INCLUDE_DIR}" "-fplugin=${plugin}" ${eh_compile} ${ARG_COMPILE_OPTIONS}
              -MD -MF "${obj}.d" -c "${src}" -o "${obj}"
      DEPENDS "${src}" "${plugin}"
      DEPFILE "${obj}.d"
      COMMENT "Compiling ${rel} for wasm32 with the wasmport plugin"
      COMMAND_EXPAND_LISTS VERBATIM)
    list(APPEND objects "${obj}")
  endforeach()

  set(libraries)
  set(library_targets)
  foreach(lib IN LISTS ARG_LINK_LIBRARIES)
    if(NOT TARGET ${lib})
      get_filename_component(lib "${lib}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
      list(APPEND libraries "${lib}")
      continue()
    endif()
    get_target_property(type ${lib} TYPE)
    if(type STREQUAL "STATIC_LIBRARY")
      list(APPEND libraries "$<TARGET_FILE:${lib}>")
    elseif(type STREQUAL "OBJECT_LIBRARY")
      list(APPEND libraries "$<TARGET_OBJECTS:${lib}>")
    else()
      message(FATAL_ERROR "${where}: LINK_LIBRARIES takes static or object libraries "
        "built for wasm32 (or paths to them); ${lib} is a ${type}")
    endif()
    list(APPEND library_targets ${lib})
  endforeach()

  set(wasm "${work}/${name}.wasm")
  add_custom_command(OUTPUT "${wasm}"
    COMMAND ${cxx} -mexec-model=reactor ${eh_link} ${ARG_LINK_OPTIONS} ${objects} ${libraries} -o "${wasm}"
    DEPENDS ${objects} ${libraries} ${eh_depends}
    COMMENT "Linking wasm module ${name}.wasm"
    COMMAND_EXPAND_LISTS VERBATIM)

  set(js_flags)
  if(ARG_MINIFY)
    set(js_flags --minify)
  endif()
  set(outputs "${out}/${name}.js" "${out}/${name}.d.ts" "${out}/${name}.wasm" "${out}/package.json")
  add_custom_command(OUTPUT ${outputs}
    COMMAND WasmPort::wasmport-js "${wasm}" --out-dir "${out}" --target ${ARG_TARGET}
            --out-name ${name} ${js_flags}
    DEPENDS "${wasm}" "$<TARGET_FILE:WasmPort::wasmport-js>"
    COMMENT "Generating JS bindings ${name}.js (${ARG_TARGET})"
    VERBATIM)

  add_custom_target(${name} ALL DEPENDS ${outputs})
  if(library_targets)
    add_dependencies(${name} ${library_targets})
  endif()
  set_target_properties(${name} PROPERTIES
    WASMPORT_OUT_DIR "${out}"
    WASMPORT_JS "${out}/${name}.js")
endfunction()

cmake_policy(POP)
