# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Qt 6.4's qt_add_translations takes only the target-first form and scans only
# the target's own sources, so the sources of every library are passed
# explicitly. The .qm files are embedded in sharaka_core under :/i18n/, next
# to the code that loads them (core/translationcatalog.h): they are written to
# <build>/app/i18n/, and Qt 6.4 names each resource by its path relative to
# the build folder ("i18n/sharaka_fr.qm"), so the prefix is "/".
set(SHARAKA_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/sharaka_fr.ts
    ${PROJECT_SOURCE_DIR}/translations/sharaka_ar.ts
)

set(_translated_sources)
foreach(_target IN ITEMS sharaka_core sharaka_map sharaka_charts sharaka_factsheet
                         sharaka_cli sharaka_cli_export sharaka_widgets)
    get_target_property(_sources ${_target} SOURCES)
    get_target_property(_source_dir ${_target} SOURCE_DIR)
    foreach(_source IN LISTS _sources)
        if(_source MATCHES "\\.(cpp|h)$")
            get_filename_component(_source "${_source}" ABSOLUTE BASE_DIR "${_source_dir}")
            list(APPEND _translated_sources ${_source})
        endif()
    endforeach()
endforeach()

set_source_files_properties(${SHARAKA_TS_FILES} PROPERTIES OUTPUT_LOCATION "${CMAKE_CURRENT_BINARY_DIR}/i18n")
qt_add_translations(sharaka_core
    TS_FILES ${SHARAKA_TS_FILES}
    SOURCES ${_translated_sources}
    RESOURCE_PREFIX "/"
    LUPDATE_OPTIONS -no-obsolete -locations none
)
