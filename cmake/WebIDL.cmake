# The Web API headers (DESIGN.md 1.5, docs/WebAPIs.md): generated at build time
# by scripts/webidl/generate.mjs from the pinned @webref/idl into
#   build/include/wasmport/web/<Interface>.h and REPORT.md
# (target wasmport-web-headers, part of `all`), next to the hand-written
# include/wasmport/web/web.h of the source tree; `-I include -I build/include`
# finds both, and the install puts both into P/include/wasmport/web.
# npm installs the two pinned packages (package-lock.json) into
# build/webidl, never into the source tree. Without node/npm the headers are
# not generated and a message says so.
find_program(WASMPORT_NODE node)
find_program(WASMPORT_NPM npm)
set(WASMPORT_WEB_INCLUDE_DIR ${PROJECT_BINARY_DIR}/include)
set(WASMPORT_WEB_DIR ${WASMPORT_WEB_INCLUDE_DIR}/wasmport/web)
if(WASMPORT_NODE AND WASMPORT_NPM)
  set(_webidl_src ${PROJECT_SOURCE_DIR}/scripts/webidl)
  set(_webidl_work ${PROJECT_BINARY_DIR}/webidl)
  add_custom_command(
    OUTPUT ${_webidl_work}/node_modules/.package-lock.json
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_webidl_work}
    COMMAND ${CMAKE_COMMAND} -E copy ${_webidl_src}/package.json ${_webidl_src}/package-lock.json ${_webidl_work}
    COMMAND ${WASMPORT_NPM} ci --no-audit --no-fund --silent
    WORKING_DIRECTORY ${_webidl_work}
    DEPENDS ${_webidl_src}/package.json ${_webidl_src}/package-lock.json
    COMMENT "webidl: npm ci (@webref/idl, webidl2)")
  add_custom_command(
    OUTPUT ${WASMPORT_WEB_DIR}/REPORT.md
    COMMAND ${CMAKE_COMMAND} -E copy ${_webidl_src}/generate.mjs ${_webidl_work}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${WASMPORT_WEB_DIR}
    COMMAND ${WASMPORT_NODE} ${_webidl_work}/generate.mjs ${WASMPORT_WEB_INCLUDE_DIR} --uses ${_webidl_work}/uses
    WORKING_DIRECTORY ${_webidl_work}
    DEPENDS ${_webidl_src}/generate.mjs ${_webidl_work}/node_modules/.package-lock.json
    COMMENT "webidl: generating include/wasmport/web")
  add_custom_target(wasmport-web-headers ALL DEPENDS ${WASMPORT_WEB_DIR}/REPORT.md)
  set(WASMPORT_HAVE_WEB_HEADERS ON)
  # Every member referenced, per interface (test web-headers-compile).
  set(WASMPORT_WEB_USES_DIR ${_webidl_work}/uses)
  install(DIRECTORY ${WASMPORT_WEB_DIR} DESTINATION include/wasmport
    FILES_MATCHING PATTERN "*.h" PATTERN "REPORT.md")
else()
  message(STATUS "wasmport: node/npm not found; the Web API headers (wasmport/web) are not generated")
  set(WASMPORT_HAVE_WEB_HEADERS OFF)
endif()
