# cmake -P script run by the `minify-oracle` test (see CMakeLists.txt).
# Inputs: NODE, NPM, PYTHON, MINIFY_FILE (the driver), SOURCE_DIR
# (test/minify-oracle), BINARY_DIR (its build directory), RUNTIME_DIR and
# GOLDEN_DIR (globbed here, when the test runs, for *.js).
foreach(var NODE NPM PYTHON MINIFY_FILE SOURCE_DIR BINARY_DIR RUNTIME_DIR GOLDEN_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "minify-oracle: ${var} is not set (node and npm are needed)")
  endif()
endforeach()

# npm ci into BINARY_DIR, again only when package.json or package-lock.json
# changed since the last install.
set(esbuild ${BINARY_DIR}/node_modules/esbuild)
set(stamp ${BINARY_DIR}/npm-ci.stamp)
file(SHA256 ${SOURCE_DIR}/package.json package_hash)
file(SHA256 ${SOURCE_DIR}/package-lock.json lock_hash)
set(want "${package_hash} ${lock_hash}")
set(have "")
if(EXISTS ${esbuild}/package.json AND EXISTS ${stamp})
  file(READ ${stamp} have)
endif()
if(NOT have STREQUAL want)
  file(REMOVE ${stamp})
  file(COPY ${SOURCE_DIR}/package.json ${SOURCE_DIR}/package-lock.json
       DESTINATION ${BINARY_DIR})
  execute_process(COMMAND ${NPM} ci --no-audit --no-fund
                  WORKING_DIRECTORY ${BINARY_DIR} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "minify-oracle: `npm ci` in ${BINARY_DIR} failed (${rc}); "
                        "it needs the npm registry")
  endif()
  file(WRITE ${stamp} "${want}")
endif()

file(GLOB helpers ${RUNTIME_DIR}/*.js)
file(GLOB golden_files ${GOLDEN_DIR}/*.js)
list(SORT helpers)
list(SORT golden_files)
if(NOT helpers OR NOT golden_files)
  message(FATAL_ERROR "minify-oracle: no helpers in ${RUNTIME_DIR} or no goldens in ${GOLDEN_DIR}")
endif()

# The goldens name the helpers they hold (test/lit/golden.py); the oracle
# minifies each module whole, with its helpers' bodies from helpers.js.
set(expanded_dir ${BINARY_DIR}/goldens)
file(REMOVE_RECURSE ${expanded_dir})
file(MAKE_DIRECTORY ${expanded_dir})
set(goldens "")
foreach(golden ${golden_files})
  get_filename_component(name ${golden} NAME)
  execute_process(COMMAND ${PYTHON} ${GOLDEN_DIR}/../golden.py --expand
                          ${GOLDEN_DIR}/helpers.js ${golden} ${expanded_dir}/${name}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "minify-oracle: cannot expand ${golden} (${rc})")
  endif()
  list(APPEND goldens ${expanded_dir}/${name})
endforeach()
execute_process(COMMAND ${NODE} ${SOURCE_DIR}/oracle.mjs
                        --esbuild ${esbuild} --minify-file ${MINIFY_FILE}
                        --work-dir ${BINARY_DIR}/work ${helpers} ${goldens}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "minify-oracle: esbuild found a difference (${rc})")
endif()
