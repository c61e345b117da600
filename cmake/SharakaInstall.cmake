# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Desktop integration (.desktop entry, AppStream metainfo, icon) and the
# Debian package. One reverse-DNS id names all three files.
set(SHARAKA_APP_ID "org.sharakadashboard.SharakaDashboard")
set(SHARAKA_DESKTOP_DIR "${PROJECT_SOURCE_DIR}/resources/desktop")

if(UNIX AND NOT APPLE)
    install(FILES "${SHARAKA_DESKTOP_DIR}/${SHARAKA_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${SHARAKA_DESKTOP_DIR}/${SHARAKA_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/${SHARAKA_APP_ID}.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # The metainfo's screenshot, also kept next to the program for offline use.
    install(FILES "${PROJECT_SOURCE_DIR}/docs/screenshots/dashboard-en.png"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/sharaka-dashboard/screenshots)
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_SOURCE_DIR}/README.md"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sharaka-dashboard)
endif()

# The qpdf module that makes written PDFs searchable, loaded on the first PDF
# (app/charts/pdftextmodule.h), in a private folder: no other program links it.
# PdfTextLayer finds it there relative to the program (app/charts/CMakeLists.txt).
install(TARGETS sharaka_pdftext
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/sharaka-dashboard)

# cpack -G DEB: the run-time Qt 6 libraries and plugins of Debian 12, the
# font that covers Arabic, and qpdf for the module above.
set(CPACK_PACKAGE_NAME "sharaka-dashboard")
set(CPACK_PACKAGE_VENDOR "Sharaka Dashboard developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Timeline, partner countries and outcome indicators of Sharaka, INTERPOL's EU-funded counter-terrorism project in the Middle East and North Africa, with the sources of every figure. In English, French and Arabic.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Sharaka Dashboard developers <maintainers@sharaka-dashboard.example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6, libstdc++6, libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6charts6 (>= 6.4), libqt6svg6 (>= 6.4), libqt6printsupport6 (>= 6.4), libqt6opengl6 (>= 6.4), libqt6openglwidgets6 (>= 6.4), qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-core, libqpdf29, libpng16-16")
include(CPack)
