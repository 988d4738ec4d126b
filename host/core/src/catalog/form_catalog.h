// Every form this run of Parity can fill: the national core forms and each loaded
// plugin's forms, resolved (extends) and compiled. A form with definition errors is
// rejected with its messages; the others load.
#pragma once

#include "forms/diagnostics.h"
#include "plugins/plugin_host.h"
#include "rules/compiled_form.h"
#include "rules/evaluation_environment.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace parity {

struct CatalogForm {
    std::shared_ptr<const rules::CompiledForm> form;
    std::string pluginId;        ///< empty for a national core form
    std::string pluginVersion;   ///< stored with records: the rules that applied are known
    std::string timeZone;        ///< the jurisdiction's; empty for core forms (local zone)
    HolidayCalendar holidays;    ///< the jurisdiction's public holidays; empty for core forms
    std::shared_ptr<const PluginInterface> pluginApi;   ///< null for core forms

    const std::string& id() const { return form->definition().id; }
    /// An environment at the current time in this form's jurisdiction.
    rules::EvaluationEnvironment environment() const;
    rules::EvaluationEnvironment environmentAt(Seconds now) const;
};

struct RejectedForm {
    std::string file;        ///< "forms/consent.xml", or "<plugin path>!abuse-report.xml"
    std::string origin;      ///< "core" or the plugin id
    std::vector<forms::Diagnostic> problems;
};

/// A definition source: the XML text and the name used in messages.
struct FormSource {
    std::string fileName;
    std::string xml;
};

class FormCatalog {
public:
    /// The core forms, then every loaded plugin's forms.
    static FormCatalog build(const PluginHost& plugins);

    const std::vector<CatalogForm>& forms() const { return m_forms; }
    const std::vector<RejectedForm>& rejected() const { return m_rejected; }
    const CatalogForm* find(const std::string& formId) const;

private:
    std::vector<CatalogForm> m_forms;
    std::vector<RejectedForm> m_rejected;
};

/// Checks definition files as `parity-cli lint` does. Core forms named among `files`
/// are used for `extends` in place of the built-in ones; a state form's jurisdiction
/// plugin, if loaded in `plugins`, provides its native rules and agencies.
/// Returns every problem of every file.
std::vector<forms::Diagnostic> lintForms(const std::vector<FormSource>& files, const PluginHost& plugins);

/// What an agency changes in its jurisdiction's holiday list, from two settings a plugin
/// declares (values "2026-12-24, 2026-12-31"; entries that are not dates are left out):
///   <plugin id>.extra-holidays     the agency's own closures, and holidays the list misses
///   <plugin id>.removed-holidays   days the list has that the state does not observe
/// Why both: a plugin's list is its reading of a statute (DOMAIN.md lists no holidays);
/// a missing holiday makes a deadline early, a wrong one makes it late — the agency must
/// be able to correct either without a new plugin.
struct AgencyHolidayChanges {
    std::vector<date::year_month_day> added;
    std::vector<date::year_month_day> removed;
};
AgencyHolidayChanges agencyHolidayChanges(const std::map<std::string, std::string>& settings,
                                          const std::string& pluginId);

/// The public holidays a plugin lists, asked once per year and remembered, with the
/// agency's changes: a day is a holiday if it was added, or listed and not removed.
HolidayCalendar holidayCalendarOf(std::shared_ptr<const PluginInterface> plugin, AgencyHolidayChanges changes = {});

/// The built-in national core forms, as sources.
std::vector<FormSource> coreFormSourceList();

} // namespace parity
