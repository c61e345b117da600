# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later

# The sharaka_core library: data model and loading, Qt Core only. Included by
# app/CMakeLists.txt and by tests/fuzz/CMakeLists.txt (a project of its own,
# built with clang), so both build the same sources with the same flags
# (sharaka_target_defaults from cmake/SharakaWarnings.cmake must be defined).
set(_sharaka_core_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_sharaka_data_dir "${CMAKE_CURRENT_LIST_DIR}/../../resources/data")

qt_add_library(sharaka_core STATIC)
target_sources(sharaka_core PRIVATE
    ${_sharaka_core_dir}/activityfigures.cpp ${_sharaka_core_dir}/activityfigures.h
    ${_sharaka_core_dir}/activitydetails.cpp ${_sharaka_core_dir}/activitydetails.h
    ${_sharaka_core_dir}/codelists.cpp ${_sharaka_core_dir}/codelists.h
    ${_sharaka_core_dir}/countrynames.cpp ${_sharaka_core_dir}/countrynames.h
    ${_sharaka_core_dir}/dashboardstate.cpp ${_sharaka_core_dir}/dashboardstate.h
    ${_sharaka_core_dir}/dataset.cpp ${_sharaka_core_dir}/dataset.h
    ${_sharaka_core_dir}/datasetptr.h
    ${_sharaka_core_dir}/exportformat.cpp ${_sharaka_core_dir}/exportformat.h
    ${_sharaka_core_dir}/factsheetpaper.cpp ${_sharaka_core_dir}/factsheetpaper.h
    ${_sharaka_core_dir}/language.cpp ${_sharaka_core_dir}/language.h
    ${_sharaka_core_dir}/languagetranslator.cpp ${_sharaka_core_dir}/languagetranslator.h
    ${_sharaka_core_dir}/localizedtext.cpp ${_sharaka_core_dir}/localizedtext.h
    ${_sharaka_core_dir}/namecollator.cpp ${_sharaka_core_dir}/namecollator.h
    ${_sharaka_core_dir}/partialdate.cpp ${_sharaka_core_dir}/partialdate.h
    ${_sharaka_core_dir}/periodformat.cpp ${_sharaka_core_dir}/periodformat.h
    ${_sharaka_core_dir}/qtmessages.cpp
    ${_sharaka_core_dir}/settings.cpp ${_sharaka_core_dir}/settings.h
    ${_sharaka_core_dir}/targetformat.cpp ${_sharaka_core_dir}/targetformat.h
    ${_sharaka_core_dir}/textformat.cpp ${_sharaka_core_dir}/textformat.h
    ${_sharaka_core_dir}/translationcatalog.cpp ${_sharaka_core_dir}/translationcatalog.h
    ${_sharaka_core_dir}/io/atomicfilewriter.cpp ${_sharaka_core_dir}/io/atomicfilewriter.h
    ${_sharaka_core_dir}/io/bytepreflight.cpp ${_sharaka_core_dir}/io/bytepreflight.h
    ${_sharaka_core_dir}/io/chartcsv.cpp ${_sharaka_core_dir}/io/chartcsv.h
    ${_sharaka_core_dir}/io/datasetchoice.h
    ${_sharaka_core_dir}/io/datasetformat.cpp ${_sharaka_core_dir}/io/datasetformat.h
    ${_sharaka_core_dir}/io/datasetformatreader.h
    ${_sharaka_core_dir}/io/datasetloader.cpp ${_sharaka_core_dir}/io/datasetloader.h
    ${_sharaka_core_dir}/io/datasetsource.cpp ${_sharaka_core_dir}/io/datasetsource.h
    ${_sharaka_core_dir}/io/datasetvalidator.cpp ${_sharaka_core_dir}/io/datasetvalidator.h
    ${_sharaka_core_dir}/io/datasetwriter.cpp ${_sharaka_core_dir}/io/datasetwriter.h
    ${_sharaka_core_dir}/io/filecheck.cpp ${_sharaka_core_dir}/io/filecheck.h
    ${_sharaka_core_dir}/io/loadresult.h
    ${_sharaka_core_dir}/io/problemlog.cpp ${_sharaka_core_dir}/io/problemlog.h
    ${_sharaka_core_dir}/io/iati/iatiactivity.h
    ${_sharaka_core_dir}/io/iati/iatiactivityloader.cpp ${_sharaka_core_dir}/io/iati/iatiactivityloader.h
    ${_sharaka_core_dir}/io/iati/iatiactivityreader.cpp ${_sharaka_core_dir}/io/iati/iatiactivityreader.h
    ${_sharaka_core_dir}/io/iati/iatiactivitydetailsmapper.cpp ${_sharaka_core_dir}/io/iati/iatiactivitydetailsmapper.h
    ${_sharaka_core_dir}/io/iati/iatiactivitydetailsreader.cpp ${_sharaka_core_dir}/io/iati/iatiactivitydetailsreader.h
    ${_sharaka_core_dir}/io/iati/iatidatasetmapper.cpp ${_sharaka_core_dir}/io/iati/iatidatasetmapper.h
    ${_sharaka_core_dir}/io/iati/iatipresentation.cpp ${_sharaka_core_dir}/io/iati/iatipresentation.h
    ${_sharaka_core_dir}/io/iati/iatimappingcontext.cpp ${_sharaka_core_dir}/io/iati/iatimappingcontext.h
    ${_sharaka_core_dir}/io/iati/iatiresultsmapper.cpp ${_sharaka_core_dir}/io/iati/iatiresultsmapper.h
    ${_sharaka_core_dir}/io/iati/iatitimelinemapper.cpp ${_sharaka_core_dir}/io/iati/iatitimelinemapper.h
    ${_sharaka_core_dir}/io/json/jsondatasetreader.cpp ${_sharaka_core_dir}/io/json/jsondatasetreader.h
    ${_sharaka_core_dir}/models/countrytablemodel.cpp ${_sharaka_core_dir}/models/countrytablemodel.h
    ${_sharaka_core_dir}/models/financemodel.cpp ${_sharaka_core_dir}/models/financemodel.h
    ${_sharaka_core_dir}/models/iatiactivitylistmodel.cpp ${_sharaka_core_dir}/models/iatiactivitylistmodel.h
    ${_sharaka_core_dir}/models/indicatormodel.cpp ${_sharaka_core_dir}/models/indicatormodel.h
    ${_sharaka_core_dir}/models/periodmodel.cpp ${_sharaka_core_dir}/models/periodmodel.h
    ${_sharaka_core_dir}/models/sharemodel.cpp ${_sharaka_core_dir}/models/sharemodel.h
)
target_include_directories(sharaka_core PUBLIC "${_sharaka_core_dir}/..")
target_link_libraries(sharaka_core PUBLIC Qt6::Core)
set_target_properties(sharaka_core PROPERTIES AUTOMOC ON)
sharaka_target_defaults(sharaka_core)

# The embedded Sharaka dataset, at :/data/sharaka.json. Uncompressed, as
# the English plurals (translations.cmake): read at every start, they would
# bring in libzstd and its buffers for 34 kB saved (issue 19).
qt_add_resources(sharaka_core "sharaka_data"
    PREFIX "/data"
    OPTIONS --no-compress
    BASE "${_sharaka_data_dir}"
    FILES "${_sharaka_data_dir}/sharaka.json"
          "${_sharaka_data_dir}/iso3166-names.json"
)

# The IATI codelists (names of sectors, transaction types, …), at
# :/codelists/iati-codelists.json; resources/codelists/README.md gives their
# sources and licence.
qt_add_resources(sharaka_core "sharaka_codelists"
    PREFIX "/codelists"
    BASE "${_sharaka_core_dir}/../../resources/codelists"
    FILES "${_sharaka_core_dir}/../../resources/codelists/iati-codelists.json"
)
