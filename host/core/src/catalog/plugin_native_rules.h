// Native rules of one loaded plugin, run through its noexcept interface.
#pragma once

#include "plugins/loaded_plugin.h"
#include "rules/compiled_form.h"

#include <set>

namespace parity {

class PluginNativeRules final : public rules::NativeRuleRunner {
public:
    explicit PluginNativeRules(const LoadedPlugin& plugin);
    bool has(const std::string& name) const override;
    std::vector<RuleFinding> run(const std::string& name, const AnswerSnapshot& answers) const override;
    /// Why the plugin could not list its rules, or empty.
    const std::string& listingError() const { return m_listingError; }

private:
    std::shared_ptr<const PluginInterface> m_api;   // keeps the plugin loaded
    std::set<std::string> m_names;
    std::string m_listingError;
};

} // namespace parity
