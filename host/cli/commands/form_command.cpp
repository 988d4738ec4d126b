// parity-cli form FORM_ID [--json]: the whole definition after `extends`.
#include "commands/commands.h"

#include <iostream>

namespace parity::cli {
namespace {

std::string requiredText(const forms::Field& field) {
    if (field.required.empty() || field.required.text == "false")
        return "no";
    return field.required.text == "true" ? "yes" : "when " + field.required.text;
}

int showForm(const GlobalOptions& options, const std::string& formId) {
    const PluginHost plugins = loadPlugins(options);
    const FormCatalog catalog = FormCatalog::build(plugins);
    const CatalogForm& entry = requireForm(catalog, formId);
    const rules::CompiledForm& form = *entry.form;
    const forms::FormDefinition& d = form.definition();
    const std::string& lang = options.language;

    if (options.json) {
        nlohmann::ordered_json out;
        out["id"] = d.id;
        out["version"] = d.version;
        out["kind"] = d.kind;
        out["jurisdiction"] = d.jurisdiction;
        out["extends"] = d.extends;
        out["plugin_version"] = entry.pluginVersion;
        out["languages"] = d.languages;
        out["title"] = forms::localized(d.title, lang);
        out["fields"] = nlohmann::ordered_json::array();
        for (const rules::FieldPlan& plan : form.fields()) {
            const forms::Field& f = *plan.field;
            nlohmann::ordered_json field{{"id", f.id},
                                         {"type", forms::fieldTypeName(f.type)},
                                         {"label", forms::localized(f.label, lang)},
                                         {"section", f.sectionId},
                                         {"required", f.required.text == "true"}};
            if (plan.requiredMode == rules::RequiredMode::When)
                field["required_when"] = f.required.text;
            if (!f.repeatId.empty())
                field["repeat"] = f.repeatId;
            for (const auto& [key, e] : {std::pair{"relevant", &f.relevant}, std::pair{"calculate", &f.calculate},
                                         std::pair{"min", &f.min}, std::pair{"max", &f.max},
                                         std::pair{"pattern", &f.pattern}, std::pair{"default", &f.defaultValue}})
                if (!e->empty())
                    field[key] = e->text;
            if (f.readonly || plan.calculate)
                field["readonly"] = true;
            if (f.maxLength)
                field["max_length"] = *f.maxLength;
            if (!plan.choices.empty()) {
                field["choices"] = nlohmann::ordered_json::array();
                for (const forms::Choice& c : plan.choices)
                    field["choices"].push_back({{"value", c.value}, {"label", forms::localized(c.label, lang)}});
            }
            if (!f.constraints.empty()) {
                field["constraints"] = nlohmann::ordered_json::array();
                for (const forms::Constraint& c : f.constraints)
                    field["constraints"].push_back({{"id", c.id},
                                                    {"assert", c.assertion.text},
                                                    {"severity", forms::severityName(c.severity)},
                                                    {"message", forms::localized(c.message, lang)}});
            }
            field["defined_by"] = f.definedBy.empty() ? d.id : f.definedBy;
            out["fields"].push_back(std::move(field));
        }
        out["rules"] = nlohmann::ordered_json::array();
        for (const forms::Rule& r : d.rules) {
            nlohmann::ordered_json rule{{"id", r.id}, {"severity", forms::severityName(r.severity)}};
            if (!r.fieldId.empty())
                rule["field"] = r.fieldId;
            if (!r.when.empty())
                rule["when"] = r.when.text;
            if (!r.assertion.empty())
                rule["assert"] = r.assertion.text;
            if (!r.native.empty()) {
                rule["native"] = r.native;
                rule["fields"] = r.nativeFields;
            } else {
                rule["message"] = forms::localized(r.message, lang);
            }
            rule["defined_by"] = r.definedBy.empty() ? d.id : r.definedBy;
            out["rules"].push_back(std::move(rule));
        }
        std::cout << out.dump(2) << '\n';
        return kOk;
    }

    std::cout << d.id << " " << d.version << " (" << d.kind << ", " << d.jurisdiction << ")"
              << (d.extends.empty() ? "" : ", extends " + d.extends) << "\n"
              << forms::localized(d.title, lang) << "\n\nFields:\n";
    for (const rules::FieldPlan& plan : form.fields()) {
        const forms::Field& f = *plan.field;
        std::cout << "  " << f.id << "  " << forms::fieldTypeName(f.type) << "  required: " << requiredText(f);
        if (!f.relevant.empty())
            std::cout << "  relevant: " << f.relevant.text;
        std::cout << "\n    " << forms::localized(f.label, lang) << '\n';
        if (!plan.choices.empty()) {
            std::cout << "    choices:";
            for (const forms::Choice& c : plan.choices)
                std::cout << ' ' << c.value;
            std::cout << '\n';
        }
        for (const forms::Constraint& c : f.constraints)
            std::cout << "    constraint " << c.id << ": " << c.assertion.text << '\n';
    }
    std::cout << "\nRules:\n";
    for (const forms::Rule& r : d.rules)
        std::cout << "  " << r.id << " (" << forms::severityName(r.severity) << ")"
                  << (r.native.empty() ? "" : " native " + r.native) << (r.when.empty() ? "" : " when " + r.when.text)
                  << (r.assertion.empty() ? "" : " assert " + r.assertion.text) << '\n';
    return kOk;
}

} // namespace

CommandRunner addFormCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command = app.add_subcommand("form", "Show one form's resolved definition: fields, choices, rules");
    addCommonOptions(*command, options);
    addLanguageOption(*command, options);
    auto formId = std::make_shared<std::string>();
    command->add_option("FORM_ID", *formId, "The form, e.g. core.consent")->required();
    return [&options, formId] { return showForm(options, *formId); };
}

} // namespace parity::cli
