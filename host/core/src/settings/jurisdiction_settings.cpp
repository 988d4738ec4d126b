#include "settings/jurisdiction_settings.h"

#include "audit/audit_trail.h"
#include "common/bounded_regex.h"

#include <nlohmann/json.hpp>

#include <regex>

namespace parity {

std::vector<Setting> declaredSettings(const PluginInterface& plugin) {
    auto declared = plugin.settings();
    return declared ? declared.value() : std::vector<Setting>{};
}

std::vector<SettingState> JurisdictionSettings::list(const PluginHost& plugins) {
    std::vector<SettingState> out;
    store::Statement s(m_db, "SELECT value, set_by, set_at FROM jurisdiction_settings WHERE plugin_id = ? AND key = ?");
    for (const LoadedPlugin& plugin : plugins.loaded()) {
        for (const Setting& setting : declaredSettings(*plugin.api)) {
            SettingState state{plugin.identity.id, setting, std::nullopt, {}, {}};
            s.reset();
            s.bind(1, plugin.identity.id).bind(2, setting.key);
            if (s.step()) {
                state.value = s.text(0);
                state.setBy = s.text(1);
                state.setAt = s.text(2);
            }
            out.push_back(std::move(state));
        }
    }
    return out;
}

std::map<std::string, std::string> JurisdictionSettings::effectiveValues(const std::string& pluginId,
                                                                        const PluginInterface& plugin) {
    std::map<std::string, std::string> values;
    store::Statement s(m_db, "SELECT value FROM jurisdiction_settings WHERE plugin_id = ? AND key = ?");
    for (const Setting& setting : declaredSettings(plugin)) {
        s.reset();
        s.bind(1, pluginId).bind(2, setting.key);
        values[setting.key] = s.step() ? s.text(0) : setting.defaultValue;
    }
    return values;
}

void JurisdictionSettings::set(const LoadedPlugin& plugin, const std::string& key, const std::string& value,
                               const std::string& user) {
    const auto declared = declaredSettings(*plugin.api);
    auto it = std::find_if(declared.begin(), declared.end(), [&](const Setting& s) { return s.key == key; });
    if (it == declared.end())
        throw UsageError("plugin '" + plugin.identity.id + "' has no setting '" + key + "'");
    static const std::regex number("-?[0-9]+(\\.[0-9]+)?");
    if ((it->type == "number" || it->type == "hours") && !boundedMatch(value, number, 32))
        throw UsageError("setting '" + key + "' takes a number, not '" + value + "'");
    if (it->type == "boolean" && value != "true" && value != "false")
        throw UsageError("setting '" + key + "' takes true or false, not '" + value + "'");

    store::Transaction transaction(m_db);
    std::string old;
    {
        store::Statement current(m_db, "SELECT value FROM jurisdiction_settings WHERE plugin_id = ? AND key = ?");
        current.bind(1, plugin.identity.id).bind(2, key);
        old = current.step() ? current.text(0) : std::string();
    }
    const std::string now = audit::utcNow();
    store::Statement upsert(m_db, "INSERT INTO jurisdiction_settings (plugin_id, key, value, set_by, set_at) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (plugin_id, key) DO UPDATE SET "
                                  "value = excluded.value, set_by = excluded.set_by, set_at = excluded.set_at");
    upsert.bind(1, plugin.identity.id).bind(2, key).bind(3, value).bind(4, user).bind(5, now).run();
    audit::AuditEntry entry;
    entry.at = now;
    entry.actor = user;
    entry.action = audit::action::SettingChanged;
    entry.changes = nlohmann::json::array({{{"field", key}, {"old", old.empty() ? nlohmann::json() : nlohmann::json(old)},
                                            {"new", value}}})
                        .dump();
    entry.details = "jurisdiction " + plugin.identity.id;
    m_audit.append(entry);
    transaction.commit();
    m_audit.checkpointAfterCommit();
}

} // namespace parity
