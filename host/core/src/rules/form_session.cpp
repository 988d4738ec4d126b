#include "rules/form_session.h"

#include "common/error.h"
#include "common/bounded_regex.h"
#include "common/utf8.h"
#include "rules/messages.h"
#include "rules/selected_values.h"
#include "time/temporal.h"

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>
#include <sstream>

namespace parity::rules {

using forms::FieldType;
using forms::Severity;

namespace {

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

bool isInteger(const std::string& text) {
    static const std::regex pattern("[-+]?[0-9]{1,15}");
    return boundedMatch(text, pattern, 16);
}

bool isDecimal(const std::string& text) {
    static const std::regex pattern("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    return boundedMatch(text, pattern, 40);
}

bool isPhone(const std::string& text) {
    static const std::regex pattern("\\+?[0-9 ().-]+");
    if (!boundedMatch(text, pattern, 40))
        return false;
    const auto digits = std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digits >= 7 && digits <= 15;
}

bool isEmail(const std::string& text) {
    static const std::regex pattern("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    return boundedMatch(text, pattern, 254);   // the longest address mail allows
}


std::size_t characterCount(const std::string& text) {
    return std::size_t(std::count_if(text.begin(), text.end(),
                                     [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace

FormSession::FormSession(std::shared_ptr<const CompiledForm> form, EvaluationEnvironment environment,
                         std::string language)
    : m_form(std::move(form)), m_environment(std::move(environment)), m_language(std::move(language)) {
    pugi::xml_node answers = m_instance.append_child("answers");
    const auto& fields = m_form->fields();
    m_fieldNodes.resize(fields.size());
    std::set<std::string> repeatsMade;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const forms::Field& field = *fields[i].field;
        if (field.repeatId.empty()) {
            m_fieldNodes[i] = answers.append_child(field.id.c_str());
        } else if (repeatsMade.insert(field.repeatId).second) {
            answers.append_child(field.repeatId.c_str());
        }
    }
    m_fieldIssues.resize(fields.size());
    m_ruleIssues.resize(m_form->rules().size());
    m_repeatIssues.resize(m_form->repeats().size());
}

void FormSession::setLanguage(const std::string& language) {
    m_language = language;
    validateAll();
}

// ---- values -----------------------------------------------------------------------------

int FormSession::topLevelField(const std::string& fieldId) const {
    const int index = m_form->fieldIndex(fieldId);
    if (index < 0)
        throw UsageError("the form " + m_form->definition().id + " has no field '" + fieldId + "'");
    if (!m_fieldNodes[std::size_t(index)])
        throw UsageError("field '" + fieldId + "' is inside a repeat group: set it per item");
    return index;
}

void FormSession::applyDefaults() {
    for (std::size_t i = 0; i < m_form->fields().size(); ++i) {
        const forms::Field& field = *m_form->fields()[i].field;
        if (field.defaultValue.empty() || !m_fieldNodes[i])
            continue;
        std::string value = field.defaultValue.text;
        if (value == "today")
            value = formatIsoDate(localDate(m_environment.now, *m_environment.zone));
        else if (value == "now")
            value = formatIsoDateTime(m_environment.now, *m_environment.zone);
        m_fieldNodes[i].text().set(value.c_str());
    }
    validateAll();
}

void FormSession::assignValue(const std::string& fieldId, const std::string& value) {
    const int index = topLevelField(fieldId);
    m_fieldNodes[std::size_t(index)].text().set(value.c_str());
    std::erase_if(m_inputIssues, [&](const ValidationIssue& i) { return i.fieldId == fieldId; });
}

void FormSession::setValue(const std::string& fieldId, const std::string& value) {
    const int index = topLevelField(fieldId);
    if (m_form->fields()[std::size_t(index)].calculate) {
        // Read-only: its value is whatever its calculation gives, never what was typed.
        recalculate(std::size_t(index));
        return;
    }
    const bool hadInputIssue = std::any_of(m_inputIssues.begin(), m_inputIssues.end(),
                                           [&](const ValidationIssue& i) { return i.fieldId == fieldId; });
    if (value == m_fieldNodes[std::size_t(index)].text().get() && !hadInputIssue)
        return;
    assignValue(fieldId, value);
    revalidateAfterChange(fieldId);
}

std::string FormSession::value(const std::string& fieldId) const {
    return m_fieldNodes[std::size_t(topLevelField(fieldId))].text().get();
}

pugi::xml_node FormSession::repeatNode(int repeat) const {
    return root().child(m_form->repeats()[std::size_t(repeat)].repeat->id.c_str());
}

pugi::xml_node FormSession::itemNode(int repeat, std::size_t item) const {
    std::size_t i = 0;
    for (pugi::xml_node node : repeatNode(repeat).children("item"))
        if (i++ == item)
            return node;
    throw UsageError("repeat group '" + m_form->repeats()[std::size_t(repeat)].repeat->id + "' has no item " +
                     std::to_string(item + 1));
}

std::size_t FormSession::itemCount(const std::string& repeatId) const {
    const int repeat = m_form->repeatIndex(repeatId);
    if (repeat < 0)
        throw UsageError("the form has no repeat group '" + repeatId + "'");
    const auto children = repeatNode(repeat).children("item");
    return std::size_t(std::distance(children.begin(), children.end()));
}

void FormSession::setItemCount(const std::string& repeatId, std::size_t count, bool revalidate) {
    const int repeat = m_form->repeatIndex(repeatId);
    std::size_t current = itemCount(repeatId);
    pugi::xml_node group = repeatNode(repeat);
    for (; current < count; ++current) {
        pugi::xml_node item = group.append_child("item");
        for (std::size_t f : m_form->repeats()[std::size_t(repeat)].fields)
            item.append_child(m_form->fields()[f].field->id.c_str());
    }
    for (; current > count; --current)
        group.remove_child(group.last_child());
    if (revalidate)
        revalidateAfterChange(repeatId);
}

void FormSession::setItemValue(const std::string& repeatId, std::size_t item, const std::string& fieldId,
                               const std::string& value, bool revalidate) {
    const int repeat = m_form->repeatIndex(repeatId);
    if (repeat < 0)
        throw UsageError("the form has no repeat group '" + repeatId + "'");
    pugi::xml_node node = itemNode(repeat, item).child(fieldId.c_str());
    if (!node)
        throw UsageError("repeat group '" + repeatId + "' has no field '" + fieldId + "'");
    node.text().set(value.c_str());
    if (revalidate)
        revalidateAfterChange(fieldId);
}

std::string FormSession::itemValue(const std::string& repeatId, std::size_t item, const std::string& fieldId) const {
    const int repeat = m_form->repeatIndex(repeatId);
    if (repeat < 0)
        throw UsageError("the form has no repeat group '" + repeatId + "'");
    return itemNode(repeat, item).child(fieldId.c_str()).text().get();
}

// ---- relevance and requirement --------------------------------------------------------

bool FormSession::relevantAt(const FieldPlan& plan, pugi::xml_node context) const {
    if (plan.sectionRelevant && !plan.sectionRelevant->evaluateBoolean(root(), m_environment))
        return false;
    if (plan.repeat >= 0) {
        const RepeatPlan& group = m_form->repeats()[std::size_t(plan.repeat)];
        if (group.relevant && !group.relevant->evaluateBoolean(root(), m_environment))
            return false;
    }
    return !plan.relevant || plan.relevant->evaluateBoolean(context, m_environment);
}

bool FormSession::requiredAt(const FieldPlan& plan, pugi::xml_node context) const {
    switch (plan.requiredMode) {
    case RequiredMode::Never: return false;
    case RequiredMode::Always: return true;
    case RequiredMode::When: return plan.required->evaluateBoolean(context, m_environment);
    }
    return false;
}

bool FormSession::isRelevant(const std::string& fieldId) const {
    const int index = topLevelField(fieldId);
    return relevantAt(m_form->fields()[std::size_t(index)], root());
}

bool FormSession::isRequired(const std::string& fieldId) const {
    const int index = topLevelField(fieldId);
    return requiredAt(m_form->fields()[std::size_t(index)], root());
}

// ---- checks -------------------------------------------------------------------------------

ValidationIssue FormSession::issue(const FieldPlan& plan, const std::string& ruleId, const std::string& key,
                                   std::map<std::string, std::string> values, int item) const {
    values["label"] = forms::localized(plan.field->label, m_language, m_form->definition().defaultLanguage());
    return {plan.field->id, ruleId, Severity::Error, message(key, m_language, values), item};
}

void FormSession::checkValue(const FieldPlan& plan, pugi::xml_node node, pugi::xml_node context, int item,
                             std::vector<ValidationIssue>& out) const {
    if (!relevantAt(plan, context))
        return;
    const std::string value = trim(node.text().get());
    if (value.empty()) {
        if (requiredAt(plan, context))
            out.push_back(issue(plan, "required", "required", {}, item));
        return;   // an empty answer has nothing else to check
    }
    const forms::Field& field = *plan.field;
    auto fail = [&](const std::string& ruleId, const std::string& key, std::map<std::string, std::string> values = {}) {
        values.emplace("value", value);
        out.push_back(issue(plan, ruleId, key, std::move(values), item));
    };

    // Type first: the other checks assume a well-formed value.
    double number = 0;
    std::optional<Seconds> instant;
    switch (field.type) {
    case FieldType::Integer:
        if (!isInteger(value))
            return fail("type", "integer");
        number = std::stod(value);
        break;
    case FieldType::Decimal:
        if (!isDecimal(value))
            return fail("type", "decimal");
        number = std::stod(value);
        break;
    case FieldType::Boolean:
        if (value != "true" && value != "false")
            return fail("type", "boolean");
        break;
    case FieldType::Date:
        if (auto day = parseIsoDate(value))
            instant = Seconds{date::sys_days(*day).time_since_epoch()};
        else
            return fail("type", "date");
        break;
    case FieldType::DateTime:
        instant = parseIsoDateTime(value, *m_environment.zone);
        if (!instant || value.size() < 16)
            return fail("type", "datetime");
        break;
    case FieldType::Phone:
        if (!isPhone(value))
            return fail("type", "phone");
        break;
    case FieldType::Email:
        if (!isEmail(value))
            return fail("type", "email");
        break;
    case FieldType::Select1:
    case FieldType::Select: {
        std::set<std::string> seen;
        const auto chosen = field.type == FieldType::Select1 ? std::vector<std::string>{value} : selectedValues(value);
        for (const std::string& v : chosen) {
            if (std::none_of(plan.choices.begin(), plan.choices.end(), [&](const auto& c) { return c.value == v; }))
                return fail("choice", "choice", {{"value", v}});
            if (!seen.insert(v).second)
                return fail("choice", "choice-twice", {{"value", v}});
        }
        break;
    }
    default:
        break;
    }

    checkBound(plan, plan.min, true, value, number, instant, item, out);
    checkBound(plan, plan.max, false, value, number, instant, item, out);
    if (plan.pattern && !boundedMatch(value, *plan.pattern, kMaxPatternInput))
        fail("pattern", "pattern");
    if (field.maxLength && characterCount(value) > std::size_t(*field.maxLength))
        fail("max-length", "max-length",
             {{"length", std::to_string(characterCount(value))}, {"bound", std::to_string(*field.maxLength)}});

    for (const auto& [constraint, expression] : plan.constraints) {
        if (expression->evaluateBoolean(context, m_environment))
            continue;
        const std::map<std::string, std::string> values{
            {"value", value},
            {"label", forms::localized(field.label, m_language, m_form->definition().defaultLanguage())}};
        out.push_back({field.id, constraint->id, constraint->severity,
                       fillPlaceholders(forms::localized(constraint->message, m_language,
                                                         m_form->definition().defaultLanguage()),
                                        values),
                       item});
    }
}

void FormSession::checkBound(const FieldPlan& plan, const Bound& bound, bool isMin, const std::string& value,
                             double number, std::optional<Seconds> instant, int item,
                             std::vector<ValidationIssue>& out) const {
    if (bound.kind == Bound::Kind::None)
        return;
    const char* ruleId = isMin ? "min" : "max";
    if (bound.kind == Bound::Kind::Number) {
        if (isMin ? number < bound.number : number > bound.number)
            out.push_back(issue(plan, ruleId, ruleId, {{"value", value}, {"bound", bound.text}}, item));
        return;
    }
    if (!instant)
        return;
    const date::time_zone& zone = *m_environment.zone;
    const bool isDate = plan.field->type == FieldType::Date;
    // A date field's instant is its UTC midnight; compare it with dates, not moments.
    Seconds limit;
    std::string shown;
    switch (bound.kind) {
    case Bound::Kind::Today: {
        const auto today = localDate(m_environment.now, zone);
        shown = formatIsoDate(today);
        if (isDate)
            limit = Seconds{date::sys_days(today).time_since_epoch()};
        else   // a datetime "today": the whole local day counts
            limit = isMin ? *parseIsoDateTime(shown, zone)
                          : *parseIsoDateTime(formatIsoDate(date::year_month_day{date::sys_days(today) + date::days(1)}),
                                              zone) - std::chrono::seconds(1);
        break;
    }
    case Bound::Kind::Now:
        // Datetimes are entered to the minute: "now" allows the rest of this minute.
        limit = m_environment.now + (isMin ? std::chrono::seconds(0) : std::chrono::seconds(59));
        shown = formatIsoDateTime(m_environment.now, zone).substr(0, 16);
        break;
    default:
        if (isDate) {
            const auto day = parseIsoDate(bound.text);
            limit = Seconds{date::sys_days(*day).time_since_epoch()};
        } else {
            limit = *parseIsoDateTime(bound.text, zone);
        }
        shown = bound.text;
        break;
    }
    const bool outside = isMin ? *instant < limit : *instant > limit;
    if (!outside)
        return;
    const bool future = !isMin && (bound.kind == Bound::Kind::Today || bound.kind == Bound::Kind::Now);
    out.push_back(issue(plan, ruleId, future ? "future" : (isMin ? "min-date" : "max-date"),
                        {{"value", value}, {"bound", shown}}, item));
}

void FormSession::recomputeField(std::size_t index) {
    const FieldPlan& plan = m_form->fields()[index];
    std::vector<ValidationIssue>& out = m_fieldIssues[index];
    out.clear();
    if (plan.repeat < 0) {
        checkValue(plan, m_fieldNodes[index], root(), -1, out);
        return;
    }
    int item = 0;
    for (pugi::xml_node node : repeatNode(plan.repeat).children("item")) {
        checkValue(plan, node.child(plan.field->id.c_str()), node, item, out);
        ++item;
    }
}

void FormSession::recomputeRule(std::size_t index) {
    const RulePlan& plan = m_form->rules()[index];
    std::vector<ValidationIssue>& out = m_ruleIssues[index];
    out.clear();
    const forms::Rule& rule = *plan.rule;
    if (plan.field >= 0) {
        const FieldPlan& field = m_form->fields()[std::size_t(plan.field)];
        if (field.repeat < 0 && !relevantAt(field, root()))
            return;   // a rule beside a hidden field does not apply
    }
    if (plan.when && !plan.when->evaluateBoolean(root(), m_environment))
        return;
    if (plan.assertion) {
        if (plan.assertion->evaluateBoolean(root(), m_environment))
            return;
        std::map<std::string, std::string> values;
        if (plan.field >= 0) {
            const FieldPlan& field = m_form->fields()[std::size_t(plan.field)];
            values["label"] = forms::localized(field.field->label, m_language, m_form->definition().defaultLanguage());
            if (field.repeat < 0)
                values["value"] = m_fieldNodes[std::size_t(plan.field)].text().get();
        }
        out.push_back({rule.fieldId, rule.id, rule.severity,
                       fillPlaceholders(forms::localized(rule.message, m_language, m_form->definition().defaultLanguage()),
                                        values)});
        return;
    }
    const NativeRuleRunner* natives = m_form->nativeRules();
    try {
        if (!natives)
            throw Error("no plugin provides native rules");
        for (const RuleFinding& finding : natives->run(rule.native, snapshot())) {
            out.push_back({finding.fieldId.empty() ? rule.fieldId : finding.fieldId,
                           finding.ruleId.empty() ? rule.id : finding.ruleId,
                           finding.warning ? Severity::Warning : rule.severity, finding.message});
        }
    } catch (const std::exception& e) {
        // A broken plugin rule must not let a form through unchecked: it is an error.
        out.push_back({rule.fieldId, rule.id, Severity::Error,
                       message("native-failed", m_language, {{"value", rule.native}, {"reason", e.what()}})});
    }
}

void FormSession::recomputeRepeatCount(std::size_t repeat) {
    const RepeatPlan& plan = m_form->repeats()[repeat];
    std::vector<ValidationIssue>& out = m_repeatIssues[repeat];
    out.clear();
    if (plan.sectionRelevant && !plan.sectionRelevant->evaluateBoolean(root(), m_environment))
        return;
    if (plan.relevant && !plan.relevant->evaluateBoolean(root(), m_environment))
        return;
    const std::size_t count = itemCount(plan.repeat->id);
    const std::string label = forms::localized(plan.repeat->label, m_language, m_form->definition().defaultLanguage());
    auto fail = [&](const char* key, int bound) {
        out.push_back({plan.repeat->id, "repeat-count", Severity::Error,
                       message(key, m_language,
                               {{"label", label}, {"bound", std::to_string(bound)}, {"count", std::to_string(count)}})});
    };
    if (plan.repeat->min && count < std::size_t(*plan.repeat->min))
        fail(*plan.repeat->min == 1 ? "repeat-min-one" : "repeat-min", *plan.repeat->min);
    if (plan.repeat->max && count > std::size_t(*plan.repeat->max))
        fail(*plan.repeat->max == 1 ? "repeat-max-one" : "repeat-max", *plan.repeat->max);
}

void FormSession::recalculate(std::size_t index) {
    const FieldPlan& plan = m_form->fields()[index];
    // A number that is not one (an input still empty) is no value yet, not the text "NaN".
    auto compute = [&](pugi::xml_node context) {
        if (plan.calculate->query().return_type() == pugi::xpath_type_number &&
            std::isnan(plan.calculate->evaluateNumber(context, m_environment)))
            return std::string();
        // XPath's substring() and translate() count bytes, so they can cut a character
        // in two; what is stored and hashed must stay UTF-8.
        return repairedUtf8(plan.calculate->evaluateString(context, m_environment));
    };
    if (plan.repeat < 0) {
        const std::string result = compute(root());
        m_fieldNodes[index].text().set(result.c_str());
        return;
    }
    for (pugi::xml_node item : repeatNode(plan.repeat).children("item")) {
        const std::string result = compute(item);
        item.child(plan.field->id.c_str()).text().set(result.c_str());
    }
}

void FormSession::revalidateAfterChange(const std::string& id) {
    // 1. Calculations that read the changed field, and those that read them, in order.
    std::set<std::string> changed{id};
    std::vector<bool> dirty(m_form->fields().size(), false);
    for (std::size_t c : m_form->dependents(id).calculations)
        dirty[c] = true;
    for (std::size_t c : m_form->calculationOrder()) {
        if (!dirty[c])
            continue;
        const std::string before = m_fieldNodes[c] ? m_fieldNodes[c].text().get() : std::string("\x01");
        recalculate(c);
        const std::string& calcId = m_form->fields()[c].field->id;
        if (!m_fieldNodes[c] || before != m_fieldNodes[c].text().get()) {
            changed.insert(calcId);
            for (std::size_t next : m_form->dependents(calcId).calculations)
                dirty[next] = true;
        }
    }
    // 2. The checks and rules that read anything that changed.
    std::set<std::size_t> fields, rules;
    for (const std::string& c : changed) {
        const Dependents& d = m_form->dependents(c);
        fields.insert(d.fieldChecks.begin(), d.fieldChecks.end());
        rules.insert(d.rules.begin(), d.rules.end());
    }
    if (const int repeat = m_form->repeatIndex(id); repeat >= 0)
        fields.insert(m_form->repeats()[std::size_t(repeat)].fields.begin(),
                      m_form->repeats()[std::size_t(repeat)].fields.end());   // items came or went
    for (std::size_t f : fields)
        recomputeField(f);
    for (std::size_t r : rules)
        recomputeRule(r);
    // Whether a group is shown can hang on any answer; counting its items is cheap.
    for (std::size_t r = 0; r < m_form->repeats().size(); ++r)
        recomputeRepeatCount(r);
}

void FormSession::validateAll() {
    for (std::size_t c : m_form->calculationOrder())
        recalculate(c);
    for (std::size_t i = 0; i < m_form->fields().size(); ++i)
        recomputeField(i);
    for (std::size_t i = 0; i < m_form->repeats().size(); ++i)
        recomputeRepeatCount(i);
    for (std::size_t i = 0; i < m_form->rules().size(); ++i)
        recomputeRule(i);
}

void FormSession::addInputIssue(ValidationIssue issue) { m_inputIssues.push_back(std::move(issue)); }

std::vector<ValidationIssue> FormSession::issues() const {
    std::vector<ValidationIssue> all = m_inputIssues;
    for (const auto& list : m_fieldIssues)
        for (const ValidationIssue& issue : list) {
            // A value the answers file gave in the wrong JSON type was not stored; saying
            // also that the field is required would tell the clerk the same thing twice.
            const bool saidAlready = issue.ruleId == "required" &&
                                     std::any_of(m_inputIssues.begin(), m_inputIssues.end(), [&](const auto& input) {
                                         return input.fieldId == issue.fieldId && input.item == issue.item;
                                     });
            if (!saidAlready)
                all.push_back(issue);
        }
    for (const auto& list : m_repeatIssues)
        all.insert(all.end(), list.begin(), list.end());
    for (const auto& list : m_ruleIssues)
        all.insert(all.end(), list.begin(), list.end());
    return all;
}

std::vector<ValidationIssue> FormSession::issuesFor(const std::string& fieldId) const {
    std::vector<ValidationIssue> out;
    for (ValidationIssue& i : issues())
        if (i.fieldId == fieldId)
            out.push_back(std::move(i));
    return out;
}

bool FormSession::hasErrors() const {
    const auto all = issues();
    return std::any_of(all.begin(), all.end(), [](const ValidationIssue& i) { return i.isError(); });
}

// ---- answers out ----------------------------------------------------------------------------

namespace {

nlohmann::ordered_json typed(const forms::Field& field, const std::string& text) {
    switch (field.type) {
    case FieldType::Integer:
        if (isInteger(text))
            return std::stoll(text);
        break;
    case FieldType::Decimal:
        if (isDecimal(text))
            return std::stod(text);
        break;
    case FieldType::Boolean:
        if (text == "true" || text == "false")
            return text == "true";
        break;
    case FieldType::Select: {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const std::string& w : selectedValues(text))
            list.push_back(w);
        return list;
    }
    default:
        break;
    }
    return text;
}

} // namespace

nlohmann::ordered_json FormSession::answersToStore() const {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    const auto& fields = m_form->fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const FieldPlan& plan = fields[i];
        if (plan.repeat >= 0 || !relevantAt(plan, root()))
            continue;   // non-relevant answers are not stored
        const std::string value = trim(m_fieldNodes[i].text().get());
        if (!value.empty())
            out[plan.field->id] = typed(*plan.field, value);
    }
    for (std::size_t r = 0; r < m_form->repeats().size(); ++r) {
        const RepeatPlan& group = m_form->repeats()[r];
        if (group.relevant && !group.relevant->evaluateBoolean(root(), m_environment))
            continue;
        if (group.sectionRelevant && !group.sectionRelevant->evaluateBoolean(root(), m_environment))
            continue;
        nlohmann::ordered_json items = nlohmann::ordered_json::array();
        for (pugi::xml_node item : repeatNode(int(r)).children("item")) {
            nlohmann::ordered_json object = nlohmann::ordered_json::object();
            for (std::size_t f : group.fields) {
                const FieldPlan& plan = fields[f];
                if (!relevantAt(plan, item))
                    continue;
                const std::string value = trim(item.child(plan.field->id.c_str()).text().get());
                if (!value.empty())
                    object[plan.field->id] = typed(*plan.field, value);
            }
            items.push_back(std::move(object));
        }
        if (!items.empty())
            out[group.repeat->id] = std::move(items);
    }
    return out;
}

AnswerSnapshot FormSession::snapshot() const {
    AnswerSnapshot snap;
    const auto& fields = m_form->fields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (m_fieldNodes[i])
            snap.values[fields[i].field->id] = trim(m_fieldNodes[i].text().get());
    for (std::size_t r = 0; r < m_form->repeats().size(); ++r) {
        auto& items = snap.repeats[m_form->repeats()[r].repeat->id];
        for (pugi::xml_node item : repeatNode(int(r)).children("item")) {
            std::map<std::string, std::string> values;
            for (pugi::xml_node child : item.children())
                values[child.name()] = trim(child.text().get());
            items.push_back(std::move(values));
        }
    }
    snap.now = formatIsoDateTime(m_environment.now, *m_environment.zone);
    snap.language = m_language;
    snap.settings = m_environment.settings;
    return snap;
}

} // namespace parity::rules
