// Exporting a plugin. In exactly one source file of the plugin:
//
//     #include <parity/plugin.h>
//     class Texas final : public parity::Jurisdiction { ... };
//     PARITY_PLUGIN(Texas)
//
// This emits the two symbols the host looks for, in the order it looks:
//   parity_sdk_version          C struct with the SDK version the plugin was built against
//   parity_create_jurisdiction  Boost.DLL alias of the factory (parity::PluginFactory)
#pragma once

#include <parity/detail/guarded_jurisdiction.h>
#include <parity/version.h>

#include <boost/dll/alias.hpp>

/// For the host's own tests only (plugins built for another SDK): use PARITY_PLUGIN.
#define PARITY_DETAIL_EXPORT_PLUGIN(JurisdictionClass, major, minor, patch)                   \
    extern "C" BOOST_SYMBOL_EXPORT const parity_sdk_version_info parity_sdk_version = {       \
        major, minor, patch};                                                                 \
    namespace parity_plugin_export {                                                          \
    ::parity::Result<std::unique_ptr<::parity::PluginInterface>> create() noexcept {          \
        return ::parity::detail::createGuarded<JurisdictionClass>();                          \
    }                                                                                         \
    }                                                                                         \
    BOOST_DLL_ALIAS(parity_plugin_export::create, parity_create_jurisdiction)

#define PARITY_PLUGIN(JurisdictionClass)                                                      \
    PARITY_DETAIL_EXPORT_PLUGIN(JurisdictionClass, PARITY_SDK_VERSION_MAJOR,                  \
                                PARITY_SDK_VERSION_MINOR, PARITY_SDK_VERSION_PATCH)
