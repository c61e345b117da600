# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Qt 6.4's qt_add_translations takes only the target-first form and scans only
# the target's own sources, so the sources of both libraries are passed
# explicitly. The .qm files are embedded in sharaka_ui under :/i18n/: they are
# written to <build>/app/i18n/, and Qt 6.4 names each resource by its path
# relative to the build folder ("i18n/sharaka_fr.qm"), so the prefix is "/".
set(SHARAKA_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/sharaka_fr.ts
    ${PROJECT_SOURCE_DIR}/translations/sharaka_ar.ts
)

get_target_property(_core_sources sharaka_core SOURCES)
get_target_property(_ui_sources sharaka_ui SOURCES)
set(_translated_sources)
foreach(_source IN LISTS _core_sources _ui_sources)
    if(_source MATCHES "\\.(cpp|h)$")
        # sharaka_core lists absolute paths (app/core/sharakacore.cmake).
        get_filename_component(_source "${_source}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        list(APPEND _translated_sources ${_source})
    endif()
endforeach()

set_source_files_properties(${SHARAKA_TS_FILES} PROPERTIES OUTPUT_LOCATION "${CMAKE_CURRENT_BINARY_DIR}/i18n")
qt_add_translations(sharaka_ui
    TS_FILES ${SHARAKA_TS_FILES}
    SOURCES ${_translated_sources}
    RESOURCE_PREFIX "/"
    LUPDATE_OPTIONS -no-obsolete -locations none
)
