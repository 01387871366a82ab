# SPDX-License-Identifier: GPL-3.0-or-later
# MAILWRIGHT_BUILD_VMIME=ON: builds the pinned upstream VMime release as a shared library with
# the OpenSSL TLS backend (Mailwright never uses VMime's TLS for verification, but VMime must be
# built with one TLS library and OpenSSL is the one we ship anyway), and provides the same
# target the system package does (PkgConfig::VMIME), so core/ needs no change.
#
# Used on Windows and macOS, where no VMime package exists. NOT built or tested on the Debian
# machine this project is developed on (no internet there): see packaging/README.md.
include(ExternalProject)

# The release Debian 12 ships (libvmime 0.9.2, upstream tag v0.9.2 of 2017-01-03), so all three
# systems run the VMime whose defects docs/ and /work/shared/vmime-0.9.2.md describe.
set(MAILWRIGHT_VMIME_VERSION 0.9.2)
set(MAILWRIGHT_VMIME_URL
    "https://github.com/kisli/vmime/archive/refs/tags/v${MAILWRIGHT_VMIME_VERSION}.tar.gz")
# The SHA-256 of that tarball could not be computed here (no internet on the development
# machine) and no trustworthy public record of it was found, so none is invented. Whoever builds
# on Windows/macOS first: download the tarball, compare it with the tag's contents, and put its
# SHA-256 here (or pass -DMAILWRIGHT_VMIME_SHA256=...). Without it the configure step stops.
set(MAILWRIGHT_VMIME_SHA256 "" CACHE STRING
    "SHA-256 of the VMime v${MAILWRIGHT_VMIME_VERSION} source tarball (must be verified and set)")
set(MAILWRIGHT_VMIME_CHARSETCONV icu CACHE STRING
    "VMime's charset conversion: icu (what Debian uses), iconv, or win (Windows API)")
set_property(CACHE MAILWRIGHT_VMIME_CHARSETCONV PROPERTY STRINGS icu iconv win)

string(LENGTH "${MAILWRIGHT_VMIME_SHA256}" vmime_sha256_length)
if(NOT vmime_sha256_length EQUAL 64 OR NOT MAILWRIGHT_VMIME_SHA256 MATCHES "^[0-9a-fA-F]+$")
    message(FATAL_ERROR
        "MAILWRIGHT_BUILD_VMIME=ON needs -DMAILWRIGHT_VMIME_SHA256=<64 hex digits>: the SHA-256 "
        "of ${MAILWRIGHT_VMIME_URL}, verified by you (see packaging/BuildVMime.cmake).")
endif()

find_package(OpenSSL 3 REQUIRED)

set(charset_icu OFF)
set(charset_iconv OFF)
set(charset_win OFF)
if(MAILWRIGHT_VMIME_CHARSETCONV STREQUAL "icu")
    set(charset_icu ON)
elseif(MAILWRIGHT_VMIME_CHARSETCONV STREQUAL "iconv")
    set(charset_iconv ON)
elseif(MAILWRIGHT_VMIME_CHARSETCONV STREQUAL "win")
    set(charset_win ON)
else()
    message(FATAL_ERROR "MAILWRIGHT_VMIME_CHARSETCONV must be icu, iconv or win")
endif()

set(vmime_prefix ${CMAKE_BINARY_DIR}/vmime-install)
set(vmime_args
    -DCMAKE_BUILD_TYPE=Release
    -DCMAKE_INSTALL_PREFIX=${vmime_prefix}
    -DCMAKE_INSTALL_LIBDIR=lib
    -DCMAKE_PREFIX_PATH=${CMAKE_PREFIX_PATH}
    -DCMAKE_OSX_DEPLOYMENT_TARGET=${CMAKE_OSX_DEPLOYMENT_TARGET}
    -DOPENSSL_ROOT_DIR=${OPENSSL_ROOT_DIR}
    -DVMIME_BUILD_SHARED_LIBRARY=ON
    -DVMIME_BUILD_STATIC_LIBRARY=OFF
    -DVMIME_BUILD_SAMPLES=OFF
    -DVMIME_BUILD_TESTS=OFF
    -DVMIME_BUILD_DOCUMENTATION=OFF
    -DVMIME_SHARED_PTR_USE_CXX=ON
    -DVMIME_SHARED_PTR_USE_BOOST=OFF
    -DVMIME_HAVE_TLS_SUPPORT=ON
    -DVMIME_TLS_SUPPORT_LIB_IS_OPENSSL=ON
    -DVMIME_TLS_SUPPORT_LIB_IS_GNUTLS=OFF
    -DVMIME_CHARSETCONV_LIB_IS_ICU=${charset_icu}
    -DVMIME_CHARSETCONV_LIB_IS_ICONV=${charset_iconv}
    -DVMIME_CHARSETCONV_LIB_IS_WIN=${charset_win}
    # VMime authenticates to SMTP only through GNU SASL (AUTH PLAIN/LOGIN/XOAUTH2): required
    # (Homebrew gsasl, MSYS2 mingw-w64-x86_64-gsasl). Sendmail and maildir are not used.
    -DVMIME_HAVE_SASL_SUPPORT=ON
    -DVMIME_HAVE_MESSAGING_PROTO_SENDMAIL=OFF
    -DVMIME_HAVE_MESSAGING_PROTO_MAILDIR=OFF)

if(WIN32)
    set(vmime_library ${vmime_prefix}/lib/vmime.lib)
    set(vmime_runtime ${vmime_prefix}/bin/vmime.dll)
elseif(APPLE)
    set(vmime_library ${vmime_prefix}/lib/libvmime.dylib)
    set(vmime_runtime ${vmime_library})
else()
    set(vmime_library ${vmime_prefix}/lib/libvmime.so)
    set(vmime_runtime ${vmime_library})
endif()

ExternalProject_Add(mailwright_vmime
    URL ${MAILWRIGHT_VMIME_URL}
    URL_HASH SHA256=${MAILWRIGHT_VMIME_SHA256}
    DOWNLOAD_EXTRACT_TIMESTAMP ON
    CMAKE_ARGS ${vmime_args}
    BUILD_BYPRODUCTS ${vmime_library})

# The headers appear only at build time; the imported target needs the directory now.
file(MAKE_DIRECTORY ${vmime_prefix}/include)
add_library(PkgConfig::VMIME SHARED IMPORTED GLOBAL)
set_target_properties(PkgConfig::VMIME PROPERTIES
    IMPORTED_LOCATION ${vmime_runtime}
    INTERFACE_INCLUDE_DIRECTORIES ${vmime_prefix}/include)
if(WIN32)
    set_target_properties(PkgConfig::VMIME PROPERTIES IMPORTED_IMPLIB ${vmime_library})
endif()
add_dependencies(PkgConfig::VMIME mailwright_vmime)
