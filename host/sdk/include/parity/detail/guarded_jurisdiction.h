// Compiled into every plugin (through plugin.h), never into the host: the adapter that
// turns the author's Jurisdiction, which may throw, into the noexcept PluginInterface.
#pragma once

#include <parity/jurisdiction.h>

#include <exception>
#include <memory>
#include <stdexcept>
#include <vector>

namespace parity {

namespace detail {

/// Defined in the source that parity_add_plugin generates from the FORMS list.
std::vector<EmbeddedForm> embeddedForms();

template <typename T, typename Call>
Result<T> guard(Call&& call) noexcept {
    try {
        return Result<T>::ok(call());
    } catch (const std::exception& e) {
        return Result<T>::failure(e.what());
    } catch (...) {
        return Result<T>::failure("the plugin threw something that is not a std::exception");
    }
}

/// Runs inside the plugin: turns the author's throwing class into PluginInterface.
class GuardedJurisdiction final : public PluginInterface {
public:
    explicit GuardedJurisdiction(std::unique_ptr<Jurisdiction> impl) : m_impl(std::move(impl)) {}

    Result<JurisdictionIdentity> identity() const noexcept override {
        return guard<JurisdictionIdentity>([&] { return m_impl->identity(); });
    }
    Result<std::vector<ReportingAgency>> agencies() const noexcept override {
        return guard<std::vector<ReportingAgency>>([&] { return m_impl->agencies(); });
    }
    Result<std::vector<AgencyTranslation>> agencyTranslations() const noexcept override {
        return guard<std::vector<AgencyTranslation>>([&] { return m_impl->agencyTranslations(); });
    }
    Result<std::vector<EmbeddedForm>> forms() const noexcept override {
        return guard<std::vector<EmbeddedForm>>([] { return embeddedForms(); });
    }
    Result<std::vector<NativeRuleInfo>> nativeRules() const noexcept override {
        return guard<std::vector<NativeRuleInfo>>([&] {
            std::vector<NativeRuleInfo> infos;
            for (const NativeRule& rule : rules())
                infos.push_back({rule.name, rule.description});
            return infos;
        });
    }
    Result<std::vector<RuleFinding>> runNativeRule(const std::string& name,
                                                   const AnswerSnapshot& answers) const noexcept override {
        return guard<std::vector<RuleFinding>>([&] {
            for (const NativeRule& rule : rules())
                if (rule.name == name && rule.check)
                    return rule.check(answers);
            throw std::runtime_error("the plugin has no native rule '" + name + "'");
        });
    }

    Result<std::vector<ComplianceRuleInfo>> complianceRules() const noexcept override {
        return guard<std::vector<ComplianceRuleInfo>>([&] {
            std::vector<ComplianceRuleInfo> infos;
            for (const ComplianceRule& rule : compliance())
                infos.push_back({rule.id, rule.description, rule.source});
            return infos;
        });
    }
    Result<std::vector<ComplianceFinding>> runComplianceRule(const std::string& id,
                                                             const std::vector<StoredRecord>& records,
                                                             const ComplianceContext& context) const noexcept override {
        return guard<std::vector<ComplianceFinding>>([&] {
            for (const ComplianceRule& rule : compliance())
                if (rule.id == id && rule.run)
                    return rule.run(records, context);
            throw std::runtime_error("the plugin has no compliance rule '" + id + "'");
        });
    }
    Result<std::vector<Setting>> settings() const noexcept override {
        return guard<std::vector<Setting>>([&] { return m_impl->settings(); });
    }
    Result<std::vector<Holiday>> publicHolidays(int year) const noexcept override {
        return guard<std::vector<Holiday>>([&] { return m_impl->publicHolidays(year); });
    }

private:
    const std::vector<ComplianceRule>& compliance() const {
        if (!m_complianceFetched) {
            m_compliance = m_impl->complianceRules();
            m_complianceFetched = true;
        }
        return m_compliance;
    }

    /// Asked once: a plugin's rules do not change while it is loaded.
    const std::vector<NativeRule>& rules() const {
        if (!m_rulesFetched) {
            m_rules = m_impl->nativeRules();
            m_rulesFetched = true;
        }
        return m_rules;
    }

    std::unique_ptr<Jurisdiction> m_impl;
    mutable std::vector<NativeRule> m_rules;
    mutable bool m_rulesFetched = false;
    mutable std::vector<ComplianceRule> m_compliance;
    mutable bool m_complianceFetched = false;
};

template <typename J>
Result<std::unique_ptr<PluginInterface>> createGuarded() noexcept {
    using Created = std::unique_ptr<PluginInterface>;
    return guard<Created>([] { return Created(new GuardedJurisdiction(std::make_unique<J>())); });
}

} // namespace detail

} // namespace parity
