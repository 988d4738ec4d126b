// A template jurisdiction. Everything here is fictional: replace the identity and the
// agency directory with your state's facts, each with its source.
#include <parity/plugin.h>

class ExampleState final : public parity::Jurisdiction {
public:
    parity::JurisdictionIdentity identity() const override {
        // PARITY_PLUGIN_ID and PARITY_PLUGIN_VERSION come from parity_add_plugin().
        return {PARITY_PLUGIN_ID, "Example State (template)", PARITY_PLUGIN_VERSION, "XX", "America/Chicago"};
    }

    std::vector<parity::ReportingAgency> agencies() const override {
        // code, name, phone, alternate phone, TDD, online channel, statute, covers
        return {{"xx-child-hotline", "Example child abuse hotline (fictional)", "555-0100", "", "", "",
                 "Example Code 1-2-3 (fictional)", "Suspected abuse or neglect of a child"}};
    }
};

PARITY_PLUGIN(ExampleState)
