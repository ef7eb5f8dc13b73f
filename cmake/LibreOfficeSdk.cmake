# The LibreOffice SDK as CMake targets: generated office headers, an IDL
# compiler step, and LibreOffice::SDK to link against. Nothing is downloaded.
# Where the office and SDK are, and what differs per platform: Platform.cmake.

find_program(LO_CPPUMAKER cppumaker HINTS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
find_program(LO_UNOIDL_WRITE unoidl-write HINTS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
set(LO_TYPES_RDB ${LO_TYPES_DIR}/types.rdb)
set(LO_OFFAPI_RDB ${LO_TYPES_DIR}/types/offapi.rdb)
foreach(required ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${LO_SDK_DIR}/include/cppuhelper/implbase1.hxx)
  if(NOT EXISTS ${required})
    message(FATAL_ERROR "LibreOffice SDK file missing: ${required} (apt-get install libreoffice-dev)")
  endif()
endforeach()

# Debian ships no generated headers for the office types: generate all of them
# once (about a second); -Gc gives the comprehensive headers with type getters.
set(LO_OFFICE_HEADERS ${CMAKE_BINARY_DIR}/uno-headers/office)
add_custom_command(
  OUTPUT ${LO_OFFICE_HEADERS}/stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${LO_OFFICE_HEADERS}
  COMMAND ${LO_CPPUMAKER} -Gc -O${LO_OFFICE_HEADERS} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB}
  COMMAND ${CMAKE_COMMAND} -E touch ${LO_OFFICE_HEADERS}/stamp
  COMMENT "cppumaker: office UNO headers"
  VERBATIM)
add_custom_target(lo_office_headers DEPENDS ${LO_OFFICE_HEADERS}/stamp)

add_library(LibreOffice_SDK INTERFACE)
add_library(LibreOffice::SDK ALIAS LibreOffice_SDK)
add_dependencies(LibreOffice_SDK lo_office_headers)
target_include_directories(LibreOffice_SDK SYSTEM INTERFACE ${LO_SDK_DIR}/include ${LO_OFFICE_HEADERS})
target_compile_definitions(LibreOffice_SDK INTERFACE ${LIGESTAT_UNO_DEFINES} CPPU_ENV=${LIGESTAT_CPPU_ENV})
target_link_directories(LibreOffice_SDK INTERFACE ${LO_LINK_DIR})
target_link_libraries(LibreOffice_SDK INTERFACE ${LIGESTAT_UNO_LIBRARIES})
if(LIGESTAT_RPATH_LINK)
  target_link_options(LibreOffice_SDK INTERFACE "${LIGESTAT_RPATH_LINK}")
endif()

# ligestat_compile_idl(<target> <rdb output> <idl files...>): the extension's
# own types as an .rdb (shipped in the .oxt) and as C++ headers for the glue.
function(ligestat_compile_idl target rdb)
  set(headers ${CMAKE_BINARY_DIR}/uno-headers/${target})
  add_custom_command(
    OUTPUT ${rdb} ${headers}/stamp
    COMMAND ${LO_UNOIDL_WRITE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${ARGN} ${rdb}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${headers}
    COMMAND ${LO_CPPUMAKER} -Gc -O${headers} -X${LO_TYPES_RDB} -X${LO_OFFAPI_RDB} ${rdb}
    COMMAND ${CMAKE_COMMAND} -E touch ${headers}/stamp
    DEPENDS ${ARGN}
    COMMENT "unoidl-write + cppumaker: ${target}"
    VERBATIM)
  add_custom_target(${target}_gen DEPENDS ${rdb} ${headers}/stamp)
  add_library(${target} INTERFACE)
  add_dependencies(${target} ${target}_gen)
  target_include_directories(${target} SYSTEM INTERFACE ${headers})
endfunction()
