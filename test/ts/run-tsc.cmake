# cmake -P script run by the `tsc` test (see CMakeLists.txt). Inputs:
# NODE, NPM, SOURCE_DIR (test/ts), BINARY_DIR (its build directory, holding
# tsconfig.json), E2E_BUILD_DIR (the generated e2e packages).
foreach(var NODE NPM SOURCE_DIR BINARY_DIR E2E_BUILD_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "tsc: ${var} is not set (node and npm are needed)")
  endif()
endforeach()

# The generated declarations the consumers import; built by `ninja`.
foreach(dts classes/node/classes.d.ts classes/web/classes.d.ts
            classes/bundler/classes.d.ts
            numbers/node/numbers.d.ts strings/node/strings.d.ts
            runtime/web/runtime.d.ts types/node/types.d.ts
            class_features/node/class_features.d.ts
            constants_methods/node/constants_methods.d.ts
            imported_classes/node/imported_classes.d.ts

            callbacks/node/callbacks.d.ts)
  if(NOT EXISTS ${E2E_BUILD_DIR}/${dts})
    message(FATAL_ERROR "tsc: ${E2E_BUILD_DIR}/${dts} is missing; build first (ninja)")
  endif()
endforeach()

# npm ci into BINARY_DIR, again only when package.json or package-lock.json
# changed since the last install.
set(tsc ${BINARY_DIR}/node_modules/typescript/bin/tsc)
set(stamp ${BINARY_DIR}/npm-ci.stamp)
file(SHA256 ${SOURCE_DIR}/package.json package_hash)
file(SHA256 ${SOURCE_DIR}/package-lock.json lock_hash)
set(want "${package_hash} ${lock_hash}")
set(have "")
if(EXISTS ${tsc} AND EXISTS ${stamp})
  file(READ ${stamp} have)
endif()
if(NOT have STREQUAL want)
  file(REMOVE ${stamp})
  file(COPY ${SOURCE_DIR}/package.json ${SOURCE_DIR}/package-lock.json
       DESTINATION ${BINARY_DIR})
  execute_process(COMMAND ${NPM} ci --no-audit --no-fund
                  WORKING_DIRECTORY ${BINARY_DIR} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "tsc: `npm ci` in ${BINARY_DIR} failed (${rc}); "
                        "it needs the npm registry")
  endif()
  file(WRITE ${stamp} "${want}")
endif()

execute_process(COMMAND ${NODE} ${tsc} --version)
execute_process(COMMAND ${NODE} ${tsc} --noEmit --strict --pretty false
                        -p ${BINARY_DIR}/tsconfig.json
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "tsc: type checking failed (${rc})")
endif()
