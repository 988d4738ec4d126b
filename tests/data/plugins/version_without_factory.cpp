// Exports the SDK version symbol but no factory.
#include <parity/version.h>

#include <boost/config.hpp>

extern "C" BOOST_SYMBOL_EXPORT const parity_sdk_version_info parity_sdk_version = {
    PARITY_SDK_VERSION_MAJOR, PARITY_SDK_VERSION_MINOR, PARITY_SDK_VERSION_PATCH};
