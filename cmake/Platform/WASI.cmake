# Platform/WASI.cmake: what CMake needs to know about CMAKE_SYSTEM_NAME WASI
# (Debian 12's CMake 3.25 has none and would warn that the system is
# unknown). Found through the CMAKE_MODULE_PATH that
# wasm32-wasi.toolchain.cmake sets; loaded after CMakeGenericSystem, so the
# executable suffix set here sticks. Also: the WHOLE_ARCHIVE link feature,
# link rules that never leave --whole-archive on for the compiler's own
# libraries, and a configure-time warning for a C++ static library linked
# plainly into a module (its exports would be dropped). docs/CMake.md.
set(WASI 1)
set(CMAKE_EXECUTABLE_SUFFIX .wasm)
# wasm-ld links static archives and objects only.
set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)

# $<LINK_LIBRARY:WHOLE_ARCHIVE,lib>: every member of the archive, so that the
# exports of a static library reach the module (DESIGN.md 1.2). wasm-ld has
# no --push-state.
set(CMAKE_LINK_LIBRARY_USING_WHOLE_ARCHIVE
  "LINKER:--whole-archive" "<LINK_ITEM>" "LINKER:--no-whole-archive")
set(CMAKE_LINK_LIBRARY_USING_WHOLE_ARCHIVE_SUPPORTED TRUE)

# The link rules of CMakeCXXInformation/CMakeCInformation, with
# --no-whole-archive after the libraries: a -Wl,--whole-archive left open in
# LINK_OPTIONS would otherwise also apply to the -lc++ -lc++abi the driver
# appends, and Debian's wasm32 libc++.a carries libc++abi's objects too
# (duplicate symbol: __cxa_bad_cast, from cxa_aux_runtime.cpp.o in both).
foreach(_wasmport_lang C CXX)
  set(CMAKE_${_wasmport_lang}_LINK_EXECUTABLE
    "<CMAKE_${_wasmport_lang}_COMPILER> <FLAGS> <CMAKE_${_wasmport_lang}_LINK_FLAGS> <LINK_FLAGS> <OBJECTS> -o <TARGET> <LINK_LIBRARIES> -Wl,--no-whole-archive")
endforeach()
unset(_wasmport_lang)

# A static library's exports reach a module only from the archive members the
# link pulls in: where the build knows a C++ static library is linked
# plainly into an executable, say so at the end of configuration. The
# executables of wasmport_package/wasmport_add_module (property
# WASMPORT_MODULE) link their static libraries whole instead; a library
# with the property WASMPORT_NO_EXPORTS set is known to have none.
function(_wasmport_static_links dir)
  get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
  foreach(tgt IN LISTS targets)
    get_target_property(type ${tgt} TYPE)
    if(NOT type STREQUAL "EXECUTABLE")
      continue()
    endif()
    get_target_property(module ${tgt} WASMPORT_MODULE)
    get_target_property(libs ${tgt} LINK_LIBRARIES)
    if(NOT libs)
      continue()
    endif()
    set(rewritten)
    set(changed FALSE)
    foreach(lib IN LISTS libs)
      set(item "${lib}")
      if(TARGET "${lib}")
        get_target_property(lib_type ${lib} TYPE)
        get_target_property(no_exports ${lib} WASMPORT_NO_EXPORTS)
        get_target_property(sources ${lib} SOURCES)
        set(cxx FALSE)
        foreach(src IN LISTS sources)
          if(src MATCHES "\\.(cpp|cc|cxx|C|c\\+\\+)$")
            set(cxx TRUE)
          endif()
        endforeach()
        if(lib_type STREQUAL "STATIC_LIBRARY")
          if(module)
            set(item "$<LINK_LIBRARY:WHOLE_ARCHIVE,${lib}>")
            set(changed TRUE)
          elseif(cxx AND NOT no_exports)
            message(WARNING "wasmport: ${tgt} links the C++ static library ${lib} plainly: "
              "its [[wasmport::export]]s reach the module only from archive members the link "
              "pulls in, and the others are dropped. Link it whole, "
              "target_link_libraries(${tgt} PRIVATE \"$<LINK_LIBRARY:WHOLE_ARCHIVE,${lib}>\"), "
              "or package ${tgt} with wasmport_package(TARGET ${tgt}), which does; if ${lib} "
              "has no exports, set_target_properties(${lib} PROPERTIES WASMPORT_NO_EXPORTS ON)")
          endif()
        endif()
      endif()
      list(APPEND rewritten "${item}")
    endforeach()
    if(changed)
      set_property(TARGET ${tgt} PROPERTY LINK_LIBRARIES "${rewritten}")
    endif()
  endforeach()
  get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
  foreach(sub IN LISTS subdirs)
    _wasmport_static_links("${sub}")
  endforeach()
endfunction()
get_property(_wasmport_deferred GLOBAL PROPERTY _WASMPORT_STATIC_LINKS_DEFERRED)
if(NOT _wasmport_deferred AND NOT CMAKE_PROJECT_NAME STREQUAL "CMAKE_TRY_COMPILE")
  set_property(GLOBAL PROPERTY _WASMPORT_STATIC_LINKS_DEFERRED TRUE)
  cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL _wasmport_static_links "${CMAKE_SOURCE_DIR}")
endif()
unset(_wasmport_deferred)
