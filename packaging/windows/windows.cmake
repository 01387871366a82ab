# SPDX-License-Identifier: GPL-3.0-or-later
# Windows installer: CPack NSIS. Included from packaging/CMakeLists.txt on WIN32 only.
# NOT built or tested on the development machine (Debian); see packaging/README.md.
#
#   cmake --build build --config Release
#   cpack --config build/CPackConfig.cmake -G NSIS -C Release
#
# Written for the MSYS2 MinGW-w64 toolchain the CI uses (.github/workflows/build.yml), where Qt 6,
# QtKeychain, GNU SASL, ICU and OpenSSL are packages. Needs NSIS 3 on PATH.

# windeployqt copies the Qt DLLs, the platform/style/imageformat/iconengine/tls/sqldrivers
# plugins and Qt's own translations next to the programs at install time (so they land in the
# installer), QLibraryInfo then finds the translations there through the generated qt.conf.
get_target_property(mailwright_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(mailwright_qt_bin ${mailwright_qmake} DIRECTORY)
find_program(WINDEPLOYQT NAMES windeployqt windeployqt6 windeployqt-qt6
    HINTS ${mailwright_qt_bin} REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${WINDEPLOYQT}\" --release --compiler-runtime --no-opengl-sw
                --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/mailwright.exe\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/mailwright-cli.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")

# Qt's TLS backend loads OpenSSL 3 at run time (it is not a link dependency, so windeployqt
# does not see it): ship libssl/libcrypto next to the programs.
find_package(OpenSSL 3 REQUIRED)
get_filename_component(mailwright_openssl_root ${OPENSSL_INCLUDE_DIR} DIRECTORY)
file(GLOB mailwright_openssl_dlls
    ${mailwright_openssl_root}/bin/libssl-3*.dll ${mailwright_openssl_root}/bin/libcrypto-3*.dll)
if(NOT mailwright_openssl_dlls)
    message(FATAL_ERROR "OpenSSL 3 DLLs not found under ${mailwright_openssl_root}/bin")
endif()
install(FILES ${mailwright_openssl_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})

# The DLLs that are not Qt's (VMime from packaging/BuildVMime.cmake, QtKeychain, GNU SASL, ICU):
# CMake follows the import tables of both programs and copies every DLL that is not Windows'.
install(TARGETS mailwright mailwright-cli RUNTIME_DEPENDENCY_SET mailwright_runtime_deps
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(RUNTIME_DEPENDENCY_SET mailwright_runtime_deps
    DESTINATION ${CMAKE_INSTALL_BINDIR}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "[Ss]ystem32" "[Ww]indows"
    DIRECTORIES ${mailwright_qt_bin} ${CMAKE_BINARY_DIR}/vmime-install/bin)

install(FILES ${MAILWRIGHT_LEGAL_DOCS} DESTINATION doc)

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "Mailwright")
set(CPACK_NSIS_DISPLAY_NAME "Mailwright ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/mailwright.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/mailwright.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mailwright.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Start-menu entry (CPACK_PACKAGE_EXECUTABLES: mailwright.exe as "Mailwright").
set(CPACK_NSIS_MENU_LINKS "doc/THIRD-PARTY-NOTICES.md" "Third-party notices")

# mailto: registration, so Windows offers Mailwright as the mail client (Settings → Default
# apps). The URL protocol key makes "mailto:" links start Mailwright with the URL as its
# argument; the Capabilities/RegisteredApplications keys list it under Default apps.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM "Software\Classes\Mailwright.mailto" "" "URL:MailTo Protocol"
  WriteRegStr HKLM "Software\Classes\Mailwright.mailto" "URL Protocol" ""
  WriteRegStr HKLM "Software\Classes\Mailwright.mailto\DefaultIcon" "" "$INSTDIR\bin\mailwright.exe,0"
  WriteRegStr HKLM "Software\Classes\Mailwright.mailto\shell\open\command" "" '"$INSTDIR\bin\mailwright.exe" "%1"'
  WriteRegStr HKLM "Software\Clients\Mail\Mailwright" "" "Mailwright"
  WriteRegStr HKLM "Software\Clients\Mail\Mailwright\Capabilities" "ApplicationName" "Mailwright"
  WriteRegStr HKLM "Software\Clients\Mail\Mailwright\Capabilities" "ApplicationDescription" "Email client"
  WriteRegStr HKLM "Software\Clients\Mail\Mailwright\Capabilities\URLAssociations" "mailto" "Mailwright.mailto"
  WriteRegStr HKLM "Software\Clients\Mail\Mailwright\shell\open\command" "" '"$INSTDIR\bin\mailwright.exe"'
  WriteRegStr HKLM "Software\RegisteredApplications" "Mailwright" "Software\Clients\Mail\Mailwright\Capabilities"
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue HKLM "Software\RegisteredApplications" "Mailwright"
  DeleteRegKey HKLM "Software\Clients\Mail\Mailwright"
  DeleteRegKey HKLM "Software\Classes\Mailwright.mailto"
]=])

# The .exe's own icon (Explorer, taskbar) and no console window for the GUI.
target_sources(mailwright PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/windows/mailwright.rc)
set_target_properties(mailwright PROPERTIES WIN32_EXECUTABLE ON)
