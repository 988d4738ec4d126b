# parity_add_plugin(NAME <id> VERSION <x.y.z> SOURCES <files...> [FORMS <xml files...>])
#
# Builds one Parity jurisdiction plugin: a MODULE library named <id>.so that holds the
# plugin's code and, embedded at build time, its form definitions. One file is the whole
# plugin. Used in-tree (plugins/*/CMakeLists.txt) and out-of-tree after
# find_package(Parity): see docs/plugin-guide.md.
#
# The plugin's code sees PARITY_PLUGIN_ID and PARITY_PLUGIN_VERSION as string macros,
# so identity() never repeats what CMake already knows.
include_guard(GLOBAL)

set(_PARITY_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/ParityEmbedForms.cmake")

function(parity_add_plugin)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;VERSION" "SOURCES;FORMS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "parity_add_plugin: unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(arg_KEYWORDS_MISSING_VALUES)
        message(FATAL_ERROR "parity_add_plugin: no value given for ${arg_KEYWORDS_MISSING_VALUES}")
    endif()
    foreach(required NAME VERSION SOURCES)
        if(NOT arg_${required})
            message(FATAL_ERROR "parity_add_plugin: ${required} is required")
        endif()
    endforeach()
    if(NOT arg_NAME MATCHES "^[a-z][a-z0-9-]*$")
        message(FATAL_ERROR "parity_add_plugin: NAME '${arg_NAME}' must be lower-case letters, digits and dashes")
    endif()
    if(NOT arg_VERSION MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
        message(FATAL_ERROR "parity_add_plugin: VERSION '${arg_VERSION}' must be MAJOR.MINOR.PATCH")
    endif()

    set(forms)
    foreach(form IN LISTS arg_FORMS)
        get_filename_component(form "${form}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        list(APPEND forms "${form}")
    endforeach()
    set(embedded "${CMAKE_CURRENT_BINARY_DIR}/${arg_NAME}_embedded_forms.cpp")
    string(REPLACE ";" "|" forms_arg "${forms}")
    add_custom_command(
        OUTPUT "${embedded}"
        COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${embedded}" "-DFORMS=${forms_arg}"
                -P "${_PARITY_EMBED_SCRIPT}"
        DEPENDS ${forms} "${_PARITY_EMBED_SCRIPT}"
        COMMENT "Embedding forms of plugin ${arg_NAME}"
        VERBATIM)

    set(target "parity_plugin_${arg_NAME}")
    add_library(${target} MODULE ${arg_SOURCES} "${embedded}")
    target_link_libraries(${target} PRIVATE Parity::sdk)
    target_compile_definitions(${target} PRIVATE
        PARITY_PLUGIN_ID="${arg_NAME}" PARITY_PLUGIN_VERSION="${arg_VERSION}")
    # Only the two Parity symbols leave the library; nothing of the plugin can clash
    # with the host or with another plugin.
    set_target_properties(${target} PROPERTIES
        PREFIX "" OUTPUT_NAME "${arg_NAME}"
        CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
    if(PARITY_PLUGIN_OUTPUT_DIR)
        set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${PARITY_PLUGIN_OUTPUT_DIR}")
    endif()
    include(GNUInstallDirs)
    install(TARGETS ${target} LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}/parity/plugins")
endfunction()
