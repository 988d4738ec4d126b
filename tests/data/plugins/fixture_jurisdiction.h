// A minimal valid jurisdiction for fixture plugins; each fixture breaks one thing.
#pragma once

#include <parity/plugin.h>

#include <stdexcept>

// Fixtures are built without parity_add_plugin, so they supply the forms themselves.
inline std::vector<parity::EmbeddedForm> fixtureForms() { return {}; }
std::vector<parity::EmbeddedForm> parity::detail::embeddedForms() { return fixtureForms(); }

class FixtureJurisdiction : public parity::Jurisdiction {
public:
    parity::JurisdictionIdentity identity() const override {
        return {FIXTURE_ID, "Fixture", "0.0.1", "ZZ", "America/Chicago"};
    }
    std::vector<parity::ReportingAgency> agencies() const override { return {}; }
};
