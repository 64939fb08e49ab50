# Builds examples/NAME into OUT with the plugin and wasmport-js, exactly as
# its README says, runs its run.mjs with Node and compares the output with
# examples/NAME/expected.txt. Every .cpp in the directory is compiled into
# one module; FLAGS (a ;-list) are added to the compile command, and the
# directory's .js files other than run.mjs are copied next to the package.
#   cmake -DNAME=hello -DCXX=... -DPLUGIN=... -DWASMPORT_JS=... -DSRC=...
#         -DOUT=... [-DFLAGS=...] -P RunExample.cmake
set(dir ${SRC}/examples/${NAME})
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(COPY ${dir}/run.mjs DESTINATION ${OUT})
file(GLOB sources ${dir}/*.cpp)
file(GLOB scripts ${dir}/*.js)
execute_process(COMMAND ${CXX} --target=wasm32-wasi --sysroot=/usr -I ${SRC}/include
    -fplugin=${PLUGIN} -mexec-model=reactor ${FLAGS} ${sources} -o ${OUT}/${NAME}.wasm
  RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "compiling examples/${NAME} failed")
endif()
execute_process(COMMAND ${WASMPORT_JS} ${OUT}/${NAME}.wasm --out-dir ${OUT}/pkg --target node
  RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "wasmport-js failed")
endif()
foreach(s ${scripts})
  file(COPY ${s} DESTINATION ${OUT}/pkg)
endforeach()
execute_process(COMMAND node ${OUT}/run.mjs OUTPUT_VARIABLE out RESULT_VARIABLE rc)
file(READ ${dir}/expected.txt want)
if(rc OR NOT out STREQUAL want)
  message(FATAL_ERROR "examples/${NAME} printed:\n${out}\nexpected:\n${want}")
endif()
