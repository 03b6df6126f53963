# Makes the demo cache if needed (target demo-cache) and copies it for the benches, which
# may migrate the cache they open: the original stays as the build made it.
#   cmake -DBUILD_DIR=… -DCACHE=… -DCOPY=… -P CityCacheCopy.cmake
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target demo-cache
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building the demo cache failed (${rc})")
endif()
file(REMOVE ${COPY} ${COPY}-wal ${COPY}-shm)
file(COPY_FILE ${CACHE} ${COPY})
message(STATUS "bench cache: ${COPY}")
