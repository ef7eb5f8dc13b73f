# Everything that differs between operating systems and compilers, in one
# place (issue #13: the build is not Linux-only): compiler warnings, UNO's
# platform defines and C++ bridge, the SDK's import libraries, the add-in's
# file name and the .oxt's platform tag. Tested: Linux x86_64 with g++ and
# clang++. Windows (MSVC) and macOS are written from the LibreOffice SDK's
# own conventions and are untested (docs/building.md).

# ligestat_warnings(<target> [PEDANTIC]): the project's warning level.
function(ligestat_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra)
    if("PEDANTIC" IN_LIST ARGN)
      target_compile_options(${target} PRIVATE -Wpedantic)
    endif()
  endif()
endfunction()

# The operating system as LibreOffice's platform tags and defines name it.
if(WIN32)
  set(LIGESTAT_UNO_OS windows)
  set(LIGESTAT_UNO_DEFINES WNT)
elseif(APPLE)
  set(LIGESTAT_UNO_OS macos)
  set(LIGESTAT_UNO_DEFINES MACOSX UNX)
elseif(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  set(LIGESTAT_UNO_OS linux)
  set(LIGESTAT_UNO_DEFINES LINUX UNX)
else()
  message(FATAL_ERROR "Ligestat: no UNO platform settings for ${CMAKE_SYSTEM_NAME} (cmake/Platform.cmake)")
endif()

# Where a LibreOffice and its SDK usually are (override with -D on the command
# line): LO_PROGRAM_DIR holds the office's libraries, LO_TYPES_DIR its
# types.rdb and types/offapi.rdb, LO_SDK_DIR the SDK (bin/cppumaker,
# include/), LO_LINK_DIR the libraries the add-in links against.
if(WIN32)
  set(default_office "C:/Program Files/LibreOffice")
  set(default_program ${default_office}/program)
  set(default_types ${default_program})
  set(default_sdk ${default_office}/sdk)
  set(default_link ${default_sdk}/lib)
elseif(APPLE)
  set(default_office /Applications/LibreOffice.app/Contents)
  set(default_program ${default_office}/Frameworks)
  set(default_types ${default_office}/Resources)
  set(default_sdk $ENV{HOME}/LibreOffice_SDK)
  set(default_link ${default_program})
else()
  set(default_program /usr/lib/libreoffice/program)
  set(default_types ${default_program})
  set(default_sdk /usr/lib/libreoffice/sdk)
  set(default_link ${default_sdk}/lib)
endif()
set(LO_PROGRAM_DIR ${default_program} CACHE PATH "LibreOffice program directory (its libraries)")
set(LO_TYPES_DIR ${default_types} CACHE PATH "Directory of LibreOffice's types.rdb and types/offapi.rdb")
set(LO_SDK_DIR ${default_sdk} CACHE PATH "LibreOffice SDK directory")
set(LO_LINK_DIR ${default_link} CACHE PATH "Directory of the UNO libraries to link against")

# The processor as LibreOffice names it (CMake reports AMD64/arm64 on some systems).
string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" processor)
if(processor MATCHES "^(x86_64|amd64|x64)$")
  set(LIGESTAT_UNO_CPU x86_64)
elseif(processor MATCHES "^(aarch64|arm64)$")
  set(LIGESTAT_UNO_CPU aarch64)
else()
  message(FATAL_ERROR "Ligestat: no UNO platform tag for processor ${CMAKE_SYSTEM_PROCESSOR} (cmake/Platform.cmake)")
endif()

# The .oxt's platform tag (META-INF/manifest.xml): the office loads the
# component only on a matching platform.
set(LIGESTAT_OXT_PLATFORM ${LIGESTAT_UNO_OS}_${LIGESTAT_UNO_CPU})

# The C++ bridge ("environment" of the component) and the SDK libraries to
# link: gcc3 is the Itanium C++ ABI (g++ and clang on Linux and macOS), mscx
# the 64-bit MSVC one, whose SDK ships import libraries with other names.
if(MSVC)
  set(LIGESTAT_CPPU_ENV mscx)
  set(LIGESTAT_UNO_LIBRARIES icppuhelper icppu isal)
else()
  set(LIGESTAT_CPPU_ENV gcc3)
  set(LIGESTAT_UNO_LIBRARIES uno_cppuhelpergcc3 uno_cppu uno_sal)
endif()

# The add-in's file name inside the .oxt (lib/ligestat.uno.so, .dylib, .dll).
set(LIGESTAT_ADDIN_SUFFIX ${CMAKE_SHARED_LIBRARY_SUFFIX})
set(LIGESTAT_ADDIN_FILE ligestat.uno${LIGESTAT_ADDIN_SUFFIX})

# Linking against the SDK's libraries pulls further office libraries, which a
# GNU-style linker must be told where to find (not needed on macOS/Windows).
if(LIGESTAT_UNO_OS STREQUAL "linux")
  set(LIGESTAT_RPATH_LINK "LINKER:-rpath-link,${LO_PROGRAM_DIR}")
endif()

# Unresolved symbols in the add-in must fail the link, not the office's load.
if(APPLE)
  set(LIGESTAT_NO_UNDEFINED "LINKER:-undefined,error")
elseif(NOT MSVC)  # MSVC's linker fails on them anyway
  set(LIGESTAT_NO_UNDEFINED "LINKER:--no-undefined")
endif()
