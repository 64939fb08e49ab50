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

# wasmport_add_module(NAME SOURCES src...
#                     [TARGET node|web|bundler] [OUT_DIR dir]
#                     [COMPILE_OPTIONS opt...] [LINK_OPTIONS opt...]
#                     [LINK_LIBRARIES lib...])
# Writes OUT_DIR/NAME.js, NAME.d.ts, NAME.wasm and package.json; OUT_DIR
# defaults to ${CMAKE_CURRENT_BINARY_DIR}/NAME and TARGET to web (as
# wasmport-js). Adds the custom target NAME (part of ALL) with the properties
# WASMPORT_OUT_DIR and WASMPORT_JS (the generated module's path).
function(wasmport_add_module name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "TARGET;OUT_DIR"
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
      COMMAND ${cxx} "-I${WASMPORT_INCLUDE_DIR}" "-fplugin=${plugin}" ${ARG_COMPILE_OPTIONS}
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
    COMMAND ${cxx} -mexec-model=reactor ${ARG_LINK_OPTIONS} ${objects} ${libraries} -o "${wasm}"
    DEPENDS ${objects} ${libraries}
    COMMENT "Linking wasm module ${name}.wasm"
    COMMAND_EXPAND_LISTS VERBATIM)

  set(outputs "${out}/${name}.js" "${out}/${name}.d.ts" "${out}/${name}.wasm" "${out}/package.json")
  add_custom_command(OUTPUT ${outputs}
    COMMAND WasmPort::wasmport-js "${wasm}" --out-dir "${out}" --target ${ARG_TARGET}
            --out-name ${name}
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
