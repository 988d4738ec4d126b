// Parity plugin SDK version.
//
// Rules (see docs/plugin-guide.md):
//  - MAJOR changes break plugins: the host refuses a plugin built for another major.
//  - MINOR adds to the SDK (new virtual functions are appended, never reordered):
//    a host loads plugins built for its own or an older minor, never a newer one.
//  - PATCH never changes the binary interface.
#pragma once

#define PARITY_SDK_VERSION_MAJOR 1
#define PARITY_SDK_VERSION_MINOR 1
#define PARITY_SDK_VERSION_PATCH 0

#ifdef __cplusplus
extern "C" {
#endif

/// The version record every plugin exports under the C name `parity_sdk_version`.
/// The host reads it before it calls anything else in the library, so its layout
/// is frozen for all SDK versions.
struct parity_sdk_version_info {
    unsigned major;
    unsigned minor;
    unsigned patch;
};

#ifdef __cplusplus
}
#endif
