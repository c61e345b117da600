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

# English needs only its plural forms ("1 country", "2 countries"): English
# text is the source, and a message without a translation falls back to it.
# lupdate -pluralonly keeps sharaka_en.ts to those; it is updated by the same
# update_translations target and embedded beside the others.
set(SHARAKA_PLURALS_TS ${PROJECT_SOURCE_DIR}/translations/sharaka_en.ts)
set_source_files_properties(${SHARAKA_PLURALS_TS} PROPERTIES OUTPUT_LOCATION "${CMAKE_CURRENT_BINARY_DIR}/i18n")
add_custom_target(sharaka_english_plurals)
qt_add_lupdate(sharaka_english_plurals
    TS_FILES ${SHARAKA_PLURALS_TS}
    SOURCES ${_translated_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app
    OPTIONS -pluralonly -no-obsolete -locations none
)
qt_add_lrelease(sharaka_english_plurals
    TS_FILES ${SHARAKA_PLURALS_TS}
    QM_FILES_OUTPUT_VARIABLE _english_plurals_qm
)
qt_add_resources(sharaka_core sharaka_english_plurals
    PREFIX "/"
    OPTIONS --no-compress
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${_english_plurals_qm}
)
add_dependencies(sharaka_core sharaka_english_plurals_lrelease)
