#include "catalog/form_catalog.h"

#include "catalog/plugin_native_rules.h"
#include "forms/core_forms.h"
#include "forms/form_loader.h"
#include "forms/form_resolver.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace parity {

using forms::Diagnostics;
using forms::FormDefinition;

rules::EvaluationEnvironment CatalogForm::environment() const {
    return environmentAt(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

/// The machine's own zone, for core forms. Looked up once: date::current_zone() reads
/// /etc/localtime through several readlink calls, which every submit would otherwise pay.
static const std::string& localZoneName() {
    static const std::string name(date::current_zone()->name());
    return name;
}

rules::EvaluationEnvironment CatalogForm::environmentAt(Seconds now) const {
    const std::string zone = timeZone.empty() ? localZoneName() : timeZone;
    return rules::EvaluationEnvironment::at(now, zone, holidays);
}

namespace {

std::vector<date::year_month_day> datesInSetting(const std::map<std::string, std::string>& settings,
                                                 const std::string& key) {
    std::vector<date::year_month_day> days;
    auto it = settings.find(key);
    if (it == settings.end())
        return days;
    std::string list = it->second;
    std::replace(list.begin(), list.end(), ',', ' ');
    std::istringstream in(list);
    for (std::string entry; in >> entry;)
        if (auto day = parseIsoDate(entry))
            days.push_back(*day);
    return days;
}

bool contains(const std::vector<date::year_month_day>& days, date::year_month_day day) {
    return std::find(days.begin(), days.end(), day) != days.end();
}

} // namespace

AgencyHolidayChanges agencyHolidayChanges(const std::map<std::string, std::string>& settings,
                                          const std::string& pluginId) {
    return {datesInSetting(settings, pluginId + ".extra-holidays"),
            datesInSetting(settings, pluginId + ".removed-holidays")};
}

HolidayCalendar holidayCalendarOf(std::shared_ptr<const PluginInterface> plugin, AgencyHolidayChanges changes) {
    auto years = std::make_shared<std::map<int, std::vector<date::year_month_day>>>();
    return [plugin, years, changes = std::move(changes)](date::year_month_day day) {
        if (contains(changes.added, day))
            return true;
        if (contains(changes.removed, day))
            return false;
        const int year = int(day.year());
        auto it = years->find(year);
        if (it == years->end()) {
            std::vector<date::year_month_day> days;
            if (auto listed = plugin->publicHolidays(year))
                for (const Holiday& h : listed.value())
                    days.push_back(date::year{h.year} / date::month{h.month} / date::day{h.day});
            it = years->emplace(year, std::move(days)).first;
        }
        return contains(it->second, day);
    };
}

std::vector<FormSource> coreFormSourceList() {
    std::vector<FormSource> sources;
    for (EmbeddedForm& form : forms::coreFormSources())
        sources.push_back({"forms/" + form.fileName, std::move(form.xml)});
    return sources;
}

namespace {

struct ParsedForm {
    FormSource source;
    std::optional<FormDefinition> definition;
    Diagnostics diagnostics;
};

ParsedForm parse(FormSource source) {
    ParsedForm parsed;
    try {
        parsed.definition = forms::loadFormDefinition(source.xml, source.fileName, parsed.diagnostics);
    } catch (const std::exception& e) {
        // A bug in the loader must cost one form, never the whole host.
        parsed.diagnostics.error({source.fileName, 0, 0}, std::string("could not be loaded: ") + e.what());
    }
    parsed.source = std::move(source);
    return parsed;
}

/// Resolves `extends` against `cores` (id → definition) and compiles. Problems go to
/// `parsed.diagnostics`; returns null when there are any.
std::shared_ptr<const rules::CompiledForm> resolveAndCompile(ParsedForm& parsed,
                                                            const std::map<std::string, const FormDefinition*>& cores,
                                                            const rules::CompileOptions& options) {
    if (!parsed.definition)
        return nullptr;
    FormDefinition form = *parsed.definition;
    if (!form.extends.empty()) {
        auto core = cores.find(form.extends);
        if (core == cores.end()) {
            parsed.diagnostics.error(form.where, "form '" + form.id + "' extends '" + form.extends +
                                                     "', which is not a core form (core forms: " +
                                                     [&] {
                                                         std::string ids;
                                                         for (const auto& [id, _] : cores)
                                                             ids += (ids.empty() ? "" : ", ") + id;
                                                         return ids;
                                                     }() + ")");
            return nullptr;
        }
        try {
            form = forms::resolveExtends(form, *core->second, parsed.diagnostics);
        } catch (const std::exception& e) {
            parsed.diagnostics.error(form.where, std::string("could not be resolved: ") + e.what());
            return nullptr;
        }
    }
    // Compile even when reading found problems, so that the developer sees the
    // expression problems in the same round; the form is refused all the same.
    const bool hadProblems = !parsed.diagnostics.empty();
    const forms::SourceLocation where = form.where;
    try {
        auto compiled = rules::CompiledForm::compile(std::move(form), options, parsed.diagnostics);
        return hadProblems ? nullptr : compiled;
    } catch (const std::exception& e) {
        parsed.diagnostics.error(where, std::string("could not be compiled: ") + e.what());
        return nullptr;
    }
}

rules::CompileOptions optionsFor(const LoadedPlugin* plugin) {
    rules::CompileOptions options;
    if (plugin) {
        options.nativeRules = std::make_shared<PluginNativeRules>(*plugin);
        options.agencies = plugin->agencies;
        options.agencyTranslations = plugin->agencyTranslations;
    }
    return options;
}

} // namespace

FormCatalog FormCatalog::build(const PluginHost& plugins) {
    FormCatalog catalog;
    std::vector<ParsedForm> cores;
    for (FormSource& source : coreFormSourceList())
        cores.push_back(parse(std::move(source)));
    std::map<std::string, const FormDefinition*> coreIndex;
    for (ParsedForm& core : cores)
        if (core.definition && core.diagnostics.empty())
            coreIndex[core.definition->id] = &*core.definition;

    auto accept = [&](ParsedForm& parsed, const std::string& origin, const LoadedPlugin* plugin) {
        auto compiled = resolveAndCompile(parsed, coreIndex, optionsFor(plugin));
        if (compiled && catalog.find(compiled->definition().id)) {
            parsed.diagnostics.error(compiled->definition().where,
                                     "form id '" + compiled->definition().id + "' is already taken");
            compiled = nullptr;
        }
        if (!compiled) {
            catalog.m_rejected.push_back({parsed.source.fileName, origin, parsed.diagnostics.items()});
            return;
        }
        CatalogForm entry;
        entry.form = std::move(compiled);
        if (plugin) {
            entry.pluginId = plugin->identity.id;
            entry.pluginVersion = plugin->identity.version;
            entry.timeZone = plugin->identity.timeZone;
            entry.pluginApi = plugin->api;
            entry.holidays = holidayCalendarOf(plugin->api);
        }
        catalog.m_forms.push_back(std::move(entry));
    };

    for (ParsedForm& core : cores)
        accept(core, "core", nullptr);
    for (const LoadedPlugin& plugin : plugins.loaded()) {
        for (const EmbeddedForm& embedded : plugin.forms) {
            ParsedForm parsed = parse({plugin.path.filename().string() + "!" + embedded.fileName, embedded.xml});
            if (parsed.definition && parsed.definition->jurisdiction != plugin.identity.id)
                parsed.diagnostics.error(parsed.definition->where,
                                         "form '" + parsed.definition->id + "' says jurisdiction '" +
                                             parsed.definition->jurisdiction + "' but is in plugin '" +
                                             plugin.identity.id + "'");
            accept(parsed, plugin.identity.id, &plugin);
        }
    }
    return catalog;
}

const CatalogForm* FormCatalog::find(const std::string& formId) const {
    for (const CatalogForm& f : m_forms)
        if (f.id() == formId)
            return &f;
    return nullptr;
}

std::vector<forms::Diagnostic> lintForms(const std::vector<FormSource>& files, const PluginHost& plugins) {
    std::vector<ParsedForm> parsed;
    for (const FormSource& file : files)
        parsed.push_back(parse(file));
    std::vector<ParsedForm> builtIn;
    for (FormSource& source : coreFormSourceList())
        builtIn.push_back(parse(std::move(source)));

    // Core forms: those being linted first, the built-in ones for the rest.
    std::map<std::string, const FormDefinition*> cores;
    for (const ParsedForm& p : parsed)
        if (p.definition && p.definition->extends.empty() && p.diagnostics.empty())
            cores.emplace(p.definition->id, &*p.definition);
    for (const ParsedForm& p : builtIn)
        if (p.definition && p.diagnostics.empty())
            cores.emplace(p.definition->id, &*p.definition);

    std::vector<forms::Diagnostic> all;
    for (ParsedForm& p : parsed) {
        const LoadedPlugin* plugin = p.definition ? plugins.find(p.definition->jurisdiction) : nullptr;
        resolveAndCompile(p, cores, optionsFor(plugin));
        all.insert(all.end(), p.diagnostics.items().begin(), p.diagnostics.items().end());
    }
    return all;
}

} // namespace parity
