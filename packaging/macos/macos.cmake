# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: Mailwright.app (Info.plist with the mailto URL type) in a DMG through CPack DragNDrop.
# Included from packaging/CMakeLists.txt on APPLE only. NOT built or tested on the development
# machine (Debian); see packaging/README.md.
#
#   cmake --build build && cpack --config build/CPackConfig.cmake -G DragNDrop
#
# The GUI target becomes a bundle here (app/CMakeLists.txt stays platform-neutral).
set_target_properties(mailwright PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Mailwright
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${MAILWRIGHT_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Mailwright
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE mailwright.icns)
set(mailwright_icns ${CMAKE_CURRENT_SOURCE_DIR}/macos/mailwright.icns)
target_sources(mailwright PRIVATE ${mailwright_icns})
set_source_files_properties(${mailwright_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# The bundle goes to the DMG's top level; mailwright-cli travels inside it
# (Mailwright.app/Contents/MacOS/mailwright-cli), so one macdeployqt run serves both.
install(TARGETS mailwright BUNDLE DESTINATION .)
install(TARGETS mailwright-cli RUNTIME DESTINATION Mailwright.app/Contents/MacOS)
install(FILES ${MAILWRIGHT_LEGAL_DOCS} DESTINATION Mailwright.app/Contents/Resources)

# macdeployqt copies the Qt frameworks, plugins, translations and the other dylibs the
# binaries need (VMime, QtKeychain, OpenSSL: Qt's TLS backend plugin links it) into the bundle
# and rewrites their install names.
get_target_property(mailwright_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(mailwright_qt_bin ${mailwright_qmake} DIRECTORY)
find_program(MACDEPLOYQT macdeployqt HINTS ${mailwright_qt_bin} REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/Mailwright.app\"
                \"-executable=\${CMAKE_INSTALL_PREFIX}/Mailwright.app/Contents/MacOS/mailwright-cli\"
                -always-overwrite
        COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Mailwright ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
