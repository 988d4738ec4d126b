// Shared by the fuzz targets: checking a definition the way `parity-cli lint` does, and,
// when it is clean, filling a form session with it the way a clerk (or an answers file)
// would. Everything here must survive any input: the targets do not catch exceptions,
// so an exception escaping the engine is reported by libFuzzer as a crash.
#pragma once

#include "answers/answers_json.h"
#include "catalog/form_catalog.h"
#include "forms/form_loader.h"
#include "forms/form_resolver.h"
#include "plugins/plugin_host.h"
#include "rules/compiled_form.h"
#include "rules/form_session.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace parity::fuzz {

/// No plugins: a form naming a native rule or agencies is a definition error.
inline const PluginHost& emptyHost() {
    static const PluginHost host;
    return host;
}

/// The built-in core forms, parsed once: what a state form's `extends` resolves against.
inline const std::map<std::string, forms::FormDefinition>& coreDefinitions() {
    static const auto* cores = [] {
        auto* map = new std::map<std::string, forms::FormDefinition>;
        for (const FormSource& source : coreFormSourceList()) {
            forms::Diagnostics diagnostics;
            if (auto definition = forms::loadFormDefinition(source.xml, source.fileName, diagnostics);
                definition && diagnostics.empty())
                map->emplace(definition->id, std::move(*definition));
        }
        return map;
    }();
    return *cores;
}

/// A fixed clock just before a daylight-saving change (2024-03-10 01:59 in Chicago), in a
/// zone with a DST gap, and one public holiday: the date arithmetic meets its edge cases.
inline rules::EvaluationEnvironment fixedEnvironment() {
    return rules::EvaluationEnvironment::at(Seconds{std::chrono::seconds{1710057540}}, "America/Chicago",
                                            [](date::year_month_day day) {
                                                return day.month() == date::July && day.day() == date::day{4};
                                            });
}

/// Compiles a definition that lintForms found clean, the way the catalogue does. Null if
/// it does not compile after all (that would be a lint/compile mismatch: worth knowing,
/// but not a crash).
inline std::shared_ptr<const rules::CompiledForm> compileClean(const std::string& xml, const std::string& fileName) {
    forms::Diagnostics diagnostics;
    auto definition = forms::loadFormDefinition(xml, fileName, diagnostics);
    if (!definition || !diagnostics.empty())
        return nullptr;
    forms::FormDefinition form = std::move(*definition);
    if (!form.extends.empty()) {
        const auto& cores = coreDefinitions();
        auto core = cores.find(form.extends);
        if (core == cores.end())
            return nullptr;
        form = forms::resolveExtends(form, core->second, diagnostics);
        if (!diagnostics.empty())
            return nullptr;
    }
    return rules::CompiledForm::compile(std::move(form), {}, diagnostics);
}

/// A value of the right shape for `plan`'s type (variant 0), or a wrong / edge one (1, 2).
inline std::string sampleValue(const rules::FieldPlan& plan, int variant) {
    using forms::FieldType;
    const auto& choices = plan.choices;
    switch (plan.field->type) {
    case FieldType::Integer: return variant == 0 ? "42" : variant == 1 ? "-7" : "12x";
    case FieldType::Decimal: return variant == 0 ? "3.25" : variant == 1 ? ".5" : "1e400";
    case FieldType::Boolean: return variant == 0 ? "true" : variant == 1 ? "false" : "yes";
    case FieldType::Date: return variant == 0 ? "1990-02-28" : variant == 1 ? "2024-02-29" : "2023-02-29";
    case FieldType::DateTime:
        // 02:30 does not exist in Chicago on 2024-03-10 (the clocks jump from 2:00 to 3:00).
        return variant == 0 ? "2024-03-09T23:15" : variant == 1 ? "2024-03-10T02:30" : "2024-03-10T25:00Z";
    case FieldType::Select1:
        if (variant == 0 && !choices.empty())
            return choices.front().value;
        return variant == 1 && !choices.empty() ? choices.back().value : "not_a_choice";
    case FieldType::Select:
        if (variant == 0 && !choices.empty())
            return choices.size() > 1 ? choices[0].value + " " + choices[1].value : choices[0].value;
        return variant == 1 && !choices.empty() ? choices[0].value + " " + choices[0].value : "nope";
    case FieldType::Phone: return variant == 0 ? "+1 (501) 555-0100" : variant == 1 ? "555" : "call me";
    case FieldType::Email: return variant == 0 ? "ana@example.org" : variant == 1 ? "ana@" : "@@";
    case FieldType::Signature: return variant == 0 ? "Ana María López" : variant == 1 ? "   " : "A";
    case FieldType::Text:
    case FieldType::Multiline: break;
    }
    return variant == 0 ? "Ana María López" : variant == 1 ? "{value} {label} ' \" < & ]]>" : "";
}

/// Reads everything the session can tell, as the GUI and the store would.
inline void readBack(const rules::FormSession& session) {
    (void)session.issues();
    (void)session.hasErrors();
    (void)session.answersToStore().dump();
    (void)session.snapshot();
}

/// Fills a session of `form` (valid answers, then wrong ones, then blanks), changing
/// values one at a time as a clerk does, and reads the results back.
inline void exerciseSession(const std::shared_ptr<const rules::CompiledForm>& form) {
    const auto& fields = form->fields();
    constexpr std::size_t kMaxFields = 64;   // keep one run short on large forms

    rules::FormSession session(form, fixedEnvironment());
    session.applyDefaults();
    readBack(session);

    // Valid answers everywhere (repeat groups get two items), then one full validation.
    std::vector<std::size_t> topLevel;
    for (std::size_t i = 0; i < fields.size() && topLevel.size() < kMaxFields; ++i)
        if (fields[i].repeat < 0)
            topLevel.push_back(i);
    for (std::size_t i : topLevel)
        session.assignValue(fields[i].field->id, sampleValue(fields[i], 0));
    for (const auto& group : form->repeats()) {
        session.setItemCount(group.repeat->id, 2, false);
        for (std::size_t f : group.fields)
            for (std::size_t item = 0; item < 2; ++item)
                session.setItemValue(group.repeat->id, item, fields[f].field->id, sampleValue(fields[f], int(item)),
                                     false);
    }
    session.validateAll();
    readBack(session);

    // Incremental changes: wrong and edge values, then blanks, on a few fields.
    const std::size_t changed = std::min<std::size_t>(topLevel.size(), 8);
    for (int variant : {1, 2})
        for (std::size_t k = 0; k < changed; ++k)
            session.setValue(fields[topLevel[k]].field->id, sampleValue(fields[topLevel[k]], variant));
    for (std::size_t k = 0; k < changed; ++k) {
        const std::string& id = fields[topLevel[k]].field->id;
        (void)session.isRelevant(id);
        (void)session.isRequired(id);
        session.setValue(id, "");
    }
    for (const auto& group : form->repeats()) {
        session.setItemCount(group.repeat->id, 3);
        session.setItemCount(group.repeat->id, 0);
    }
    for (const std::string& language : form->definition().languages)
        session.setLanguage(language);
    readBack(session);

    // The same answers through an answers file, as `parity-cli validate` reads them.
    nlohmann::json answers = nlohmann::json::object();
    for (std::size_t i : topLevel)
        answers[fields[i].field->id] = sampleValue(fields[i], 0);
    answers["no_such_field"] = 1;
    rules::FormSession fromFile(form, fixedEnvironment());
    answers::loadAnswers(fromFile, answers);
    readBack(fromFile);
}

/// PARITY_FUZZ_VERBOSE=1: print what each input led to (when replaying one input by hand).
inline bool verbose() {
    static const bool on = [] {
        const char* v = std::getenv("PARITY_FUZZ_VERBOSE");
        return v && *v && std::string(v) != "0";
    }();
    return on;
}

/// lintForms on one file; when it has no problems, fill a session with it.
inline void checkDefinition(const std::string& xml) {
    const std::vector<forms::Diagnostic> problems = lintForms({{"fuzz.xml", xml}}, emptyHost());
    for (const forms::Diagnostic& d : problems) {
        const std::string line = d.toString();
        if (verbose())
            std::fprintf(stderr, "lint: %s\n", line.c_str());
    }
    if (!problems.empty())
        return;
    auto form = compileClean(xml, "fuzz.xml");
    if (verbose())
        std::fprintf(stderr, form ? "clean: filling a session\n" : "clean for lint, but does not compile\n");
    if (form)
        exerciseSession(form);
}

} // namespace parity::fuzz
