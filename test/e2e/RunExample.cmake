# Builds examples/NAME (default: hello) into OUT with the plugin and
# wasmport-js, runs its run.mjs with Node and compares the output with its
# expected.txt. The example's .js files are ES modules the generated module
# imports: they are copied next to it (pkg/), as its README says.
if(NOT NAME)
  set(NAME hello)
endif()
set(DIR ${SRC}/examples/${NAME})
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(COPY ${DIR}/run.mjs DESTINATION ${OUT})
execute_process(COMMAND ${CXX} --target=wasm32-wasi --sysroot=/usr -I ${SRC}/include
    -fplugin=${PLUGIN} -mexec-model=reactor ${DIR}/${NAME}.cpp -o ${OUT}/${NAME}.wasm
  RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "compiling examples/${NAME} failed")
endif()
execute_process(COMMAND ${WASMPORT_JS} ${OUT}/${NAME}.wasm --out-dir ${OUT}/pkg --target node
  RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "wasmport-js failed")
endif()
file(GLOB modules ${DIR}/*.js)
if(modules)
  file(COPY ${modules} DESTINATION ${OUT}/pkg)
endif()
execute_process(COMMAND node ${OUT}/run.mjs OUTPUT_VARIABLE out RESULT_VARIABLE rc)
file(READ ${DIR}/expected.txt want)
if(rc OR NOT out STREQUAL want)
  message(FATAL_ERROR "examples/${NAME} printed:\n${out}\nexpected:\n${want}")
endif()
