// Benchmarks of the form engine.
//
//   BM_FullValidation       validateAll() on a generated form of 500 integer fields, each
//                           with one constraint, every field filled with a valid value.
//   BM_RawXPath             the same 500 compiled constraint queries evaluated straight
//                           with pugixml on the same answer instance: the floor the engine
//                           is measured against (target: full / raw <= 1.5).
//   BM_IncrementalChange    one answer changes (setValue) and only what depends on it is
//                           revalidated (target: full / incremental >= 20).
//   BM_LoadShippedForm/<id> load + resolve extends + compile of each shipped form: the
//                           national core forms and every form of the plugins built in
//                           this tree.
//
// bench/run_benchmarks.sh runs this program and prints the ratios in words.
#include "catalog/form_catalog.h"
#include "catalog/plugin_native_rules.h"
#include "forms/form_loader.h"
#include "forms/form_resolver.h"
#include "plugins/plugin_host.h"
#include "rules/compiled_form.h"
#include "rules/form_session.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using parity::rules::CompiledForm;
using parity::rules::EvaluationEnvironment;
using parity::rules::FormSession;

constexpr int kFieldCount = 500;

/// "f<i>" (built with +=: g++ 12 warns wrongly (-Wrestrict) on "literal" + std::string).
std::string fieldId(int i) {
    std::string id("f");
    id += std::to_string(i);
    return id;
}

/// A form of `count` integer fields f1..fN in one section, each constrained to [0, 1000).
std::string generatedFormXml(int count) {
    std::string xml;
    xml.reserve(std::size_t(count) * 300);
    xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<form id=\"bench.generated\" version=\"1.0.0\" kind=\"benchmark\" jurisdiction=\"national\" "
           "languages=\"en\">\n"
           "  <title lang=\"en\">Generated benchmark form</title>\n"
           "  <section id=\"all\">\n"
           "    <label lang=\"en\">All fields</label>\n";
    for (int i = 1; i <= count; ++i) {
        const std::string f = fieldId(i);
        xml += "    <field id=\"";
        xml += f;
        xml += "\" type=\"integer\">\n      <label lang=\"en\">Field ";
        xml += std::to_string(i);
        xml += "</label>\n      <constraint id=\"bench.";
        xml += f;
        xml += "-range\" assert=\"";
        xml += f;
        xml += " &gt;= 0 and ";
        xml += f;
        xml += " &lt; 1000\">\n"
               "        <message lang=\"en\">{label} must be from 0 to 999, not {value}.</message>\n"
               "      </constraint>\n"
               "    </field>\n";
    }
    xml += "  </section>\n</form>\n";
    return xml;
}

[[noreturn]] void die(const std::string& what) {
    std::cerr << "parity_bench_forms: " << what << "\n";
    std::exit(2);
}

std::shared_ptr<const CompiledForm> compileOrDie(const std::string& xml, const std::string& fileName) {
    parity::forms::Diagnostics diagnostics;
    auto definition = parity::forms::loadFormDefinition(xml, fileName, diagnostics);
    if (!definition || !diagnostics.empty())
        die("cannot load " + fileName + ":\n" + diagnostics.toString());
    auto form = CompiledForm::compile(std::move(*definition), {}, diagnostics);
    if (!form)
        die("cannot compile " + fileName + ":\n" + diagnostics.toString());
    return form;
}

EvaluationEnvironment fixedEnvironment() {
    using namespace std::chrono;
    // 2024-03-15T14:30:00Z: a fixed clock, so runs are comparable.
    return EvaluationEnvironment::at(parity::Seconds{seconds{1710513000}}, "UTC");
}

/// The generated form with every field filled and validated once.
struct GeneratedFixture {
    std::shared_ptr<const CompiledForm> form = compileOrDie(generatedFormXml(kFieldCount), "generated.xml");
    FormSession session{form, fixedEnvironment()};

    GeneratedFixture() {
        for (int i = 1; i <= kFieldCount; ++i)
            session.assignValue(fieldId(i), std::to_string((i * 37) % 1000));
        session.validateAll();
        if (!session.issues().empty())
            die("the generated answers should be valid, but: " + session.issues().front().message);
        if (form->fields().size() != std::size_t(kFieldCount))
            die("the generated form has " + std::to_string(form->fields().size()) + " fields");
        for (const auto& plan : form->fields())
            if (plan.constraints.size() != 1)
                die("field " + plan.field->id + " should have exactly one constraint");
    }
};

GeneratedFixture& generated() {
    static GeneratedFixture fixture;
    return fixture;
}

void BM_FullValidation(benchmark::State& state) {
    FormSession& session = generated().session;
    for (auto _ : state) {
        session.validateAll();
        benchmark::ClobberMemory();
    }
    state.counters["fields"] = kFieldCount;
}
BENCHMARK(BM_FullValidation)->Unit(benchmark::kMicrosecond);

void BM_RawXPath(benchmark::State& state) {
    GeneratedFixture& fixture = generated();
    const pugi::xml_node root = fixture.session.instance().document_element();
    std::vector<const pugi::xpath_query*> queries;
    for (const auto& plan : fixture.form->fields())
        queries.push_back(&plan.constraints.front().second->query());
    for (auto _ : state) {
        int holding = 0;
        for (const pugi::xpath_query* query : queries)
            holding += query->evaluate_boolean(root) ? 1 : 0;
        benchmark::DoNotOptimize(holding);
        if (holding != kFieldCount)
            state.SkipWithError("a constraint evaluated directly does not hold");
    }
    state.counters["fields"] = kFieldCount;
}
BENCHMARK(BM_RawXPath)->Unit(benchmark::kMicrosecond);

void BM_IncrementalChange(benchmark::State& state) {
    FormSession& session = generated().session;
    const std::string field = "f250";
    const std::string values[2] = {"111", "222"};   // alternate: every setValue is a real change
    std::size_t turn = 0;
    for (auto _ : state) {
        session.setValue(field, values[turn++ & 1]);
        benchmark::ClobberMemory();
    }
    if (!session.issues().empty())
        state.SkipWithError("the changed answers should still be valid");
}
BENCHMARK(BM_IncrementalChange)->Unit(benchmark::kMicrosecond);

// ---- shipped forms ----------------------------------------------------------------------

/// One shipped definition, with what it needs to resolve and compile as the catalogue does.
struct ShippedForm {
    std::string id;
    std::string fileName;
    std::string xml;
    const parity::LoadedPlugin* plugin = nullptr;
};

struct ShippedForms {
    parity::PluginHost plugins;
    std::vector<parity::FormSource> coreSources = parity::coreFormSourceList();
    std::map<std::string, parity::forms::FormDefinition> cores;   ///< id -> parsed core form
    std::vector<ShippedForm> forms;
};

ShippedForms& shipped() {
    static ShippedForms* all = [] {
        auto* s = new ShippedForms;
#ifdef PARITY_BENCH_PLUGIN_DIR
        s->plugins.loadDirectory(PARITY_BENCH_PLUGIN_DIR);
        for (const auto& rejected : s->plugins.rejected())
            std::cerr << "note: plugin " << rejected.path.string() << " not loaded: " << rejected.reason << "\n";
#endif
        for (const parity::FormSource& source : s->coreSources) {
            parity::forms::Diagnostics diagnostics;
            auto definition = parity::forms::loadFormDefinition(source.xml, source.fileName, diagnostics);
            if (!definition || !diagnostics.empty())
                die("core form " + source.fileName + " does not load:\n" + diagnostics.toString());
            s->forms.push_back({definition->id, source.fileName, source.xml, nullptr});
            s->cores.emplace(definition->id, std::move(*definition));
        }
        for (const parity::LoadedPlugin& plugin : s->plugins.loaded()) {
            for (const parity::EmbeddedForm& embedded : plugin.forms) {
                parity::forms::Diagnostics diagnostics;
                const std::string fileName = plugin.identity.id + "!" + embedded.fileName;
                auto definition = parity::forms::loadFormDefinition(embedded.xml, fileName, diagnostics);
                if (!definition || !diagnostics.empty()) {
                    std::cerr << "note: skipping " << fileName << ": it does not load\n";
                    continue;
                }
                s->forms.push_back({definition->id, fileName, embedded.xml, &plugin});
            }
        }
        return s;
    }();
    return *all;
}

/// What FormCatalog::build does for one form: load, resolve `extends`, compile.
std::shared_ptr<const CompiledForm> loadResolveCompile(const ShippedForm& form, const ShippedForms& all) {
    parity::forms::Diagnostics diagnostics;
    auto definition = parity::forms::loadFormDefinition(form.xml, form.fileName, diagnostics);
    if (!definition || !diagnostics.empty())
        return nullptr;
    parity::forms::FormDefinition resolved = std::move(*definition);
    if (!resolved.extends.empty()) {
        auto core = all.cores.find(resolved.extends);
        if (core == all.cores.end())
            return nullptr;
        resolved = parity::forms::resolveExtends(resolved, core->second, diagnostics);
        if (!diagnostics.empty())
            return nullptr;
    }
    parity::rules::CompileOptions options;
    if (form.plugin) {
        options.nativeRules = std::make_shared<parity::PluginNativeRules>(*form.plugin);
        options.agencies = form.plugin->agencies;
    }
    return CompiledForm::compile(std::move(resolved), options, diagnostics);
}

void BM_LoadShippedForm(benchmark::State& state, const ShippedForm* form) {
    const ShippedForms& all = shipped();
    for (auto _ : state) {
        auto compiled = loadResolveCompile(*form, all);
        if (!compiled) {
            state.SkipWithError(("form " + form->id + " does not compile").c_str());
            break;
        }
        benchmark::DoNotOptimize(compiled.get());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(form->xml.size()));
    state.SetLabel(form->fileName);
}

} // namespace

int main(int argc, char** argv) {
    for (const ShippedForm& form : shipped().forms)
        benchmark::RegisterBenchmark(("BM_LoadShippedForm/" + form.id).c_str(), BM_LoadShippedForm, &form)
            ->Unit(benchmark::kMicrosecond);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
