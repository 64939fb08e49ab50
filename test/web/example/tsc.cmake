# cmake -P script of the test web-example-tsc (CMakeLists.txt): `tsc
# --strict` over consumer.mts, which imports the example's generated package
# (PKG_DIR: chart.js, chart.d.ts) as @web-example/chart.js. TypeScript is
# test/ts's pin (package.json, package-lock.json), installed with `npm ci`
# into BINARY_DIR when they change. Inputs: NODE, NPM, SOURCE_DIR (this
# directory), TS_DIR (test/ts), BINARY_DIR, PKG_DIR.
foreach(var NODE NPM SOURCE_DIR TS_DIR BINARY_DIR PKG_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "web-example-tsc: ${var} is not set (node and npm are needed)")
  endif()
endforeach()
if(NOT EXISTS ${PKG_DIR}/chart.d.ts)
  message(FATAL_ERROR "web-example-tsc: ${PKG_DIR}/chart.d.ts is missing (test web-example-build makes it)")
endif()

set(tsc ${BINARY_DIR}/node_modules/typescript/bin/tsc)
set(stamp ${BINARY_DIR}/npm-ci.stamp)
file(SHA256 ${TS_DIR}/package.json package_hash)
file(SHA256 ${TS_DIR}/package-lock.json lock_hash)
set(want "${package_hash} ${lock_hash}")
set(have "")
if(EXISTS ${tsc} AND EXISTS ${stamp})
  file(READ ${stamp} have)
endif()
if(NOT have STREQUAL want)
  file(REMOVE ${stamp})
  file(COPY ${TS_DIR}/package.json ${TS_DIR}/package-lock.json DESTINATION ${BINARY_DIR})
  execute_process(COMMAND ${NPM} ci --no-audit --no-fund
                  WORKING_DIRECTORY ${BINARY_DIR} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "web-example-tsc: `npm ci` in ${BINARY_DIR} failed (${rc}); it needs the npm registry")
  endif()
  file(WRITE ${stamp} "${want}")
endif()

file(WRITE ${BINARY_DIR}/tsconfig.json "{
  \"compilerOptions\": {
    \"strict\": true,
    \"noEmit\": true,
    \"target\": \"ES2022\",
    \"module\": \"Node16\",
    \"moduleResolution\": \"Node16\",
    \"lib\": [\"ES2022\", \"DOM\"],
    \"types\": [],
    \"skipLibCheck\": false,
    \"paths\": { \"@web-example/*\": [\"${PKG_DIR}/*\"] }
  },
  \"files\": [\"${SOURCE_DIR}/consumer.mts\"]
}
")
execute_process(COMMAND ${NODE} ${tsc} --noEmit --strict --pretty false -p ${BINARY_DIR}/tsconfig.json
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "web-example-tsc: type checking failed (${rc})")
endif()
message(STATUS "web-example-tsc: ${PKG_DIR}/chart.d.ts passes tsc --strict")
