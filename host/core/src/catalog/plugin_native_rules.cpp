#include "catalog/plugin_native_rules.h"

#include "common/error.h"

namespace parity {

PluginNativeRules::PluginNativeRules(const LoadedPlugin& plugin) : m_api(plugin.api) {
    auto listed = m_api->nativeRules();
    if (!listed) {
        m_listingError = listed.error();
        return;
    }
    for (const NativeRuleInfo& info : listed.value())
        m_names.insert(info.name);
}

bool PluginNativeRules::has(const std::string& name) const { return m_names.count(name) > 0; }

std::vector<RuleFinding> PluginNativeRules::run(const std::string& name, const AnswerSnapshot& answers) const {
    auto result = m_api->runNativeRule(name, answers);
    if (!result)
        throw Error(result.error());
    return std::move(result.value());
}

} // namespace parity
