#include "rules/extension_functions.h"

#include "rules/selected_values.h"

#include "common/error.h"
#include "common/bounded_regex.h"

#include <array>
#include <cmath>
#include <limits>
#include <sstream>

namespace parity::rules {
namespace {

using K = ValueKind;
const std::array<ExtensionFunction, 13> kFunctions{{
    {"today", {}, K::String},
    {"now", {}, K::String},
    {"age", {K::String}, K::Number},
    {"age_on", {K::String, K::String}, K::Number},
    {"days_between", {K::String, K::String}, K::Number},
    {"hours_between", {K::String, K::String}, K::Number},
    {"add_hours", {K::String, K::Number}, K::String},
    {"add_days", {K::String, K::Number}, K::String},
    {"add_business_days", {K::String, K::Number}, K::String},
    {"matches", {K::String, K::String}, K::Boolean},
    {"selected", {K::String, K::String}, K::Boolean},
    {"count_selected", {K::String}, K::Number},
    {"setting", {K::String}, K::String},
}};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const std::string& str(const Value& v) { return std::get<std::string>(v); }
double num(const Value& v) { return std::get<double>(v); }

/// A date, or the local date of a datetime: lets date functions take either.
std::optional<date::year_month_day> dayOf(const std::string& text, const EvaluationEnvironment& env) {
    if (auto day = parseIsoDate(text))
        return day;
    if (auto instant = parseIsoDateTime(text, *env.zone))
        return localDate(*instant, *env.zone);
    return std::nullopt;
}


bool wholeNumber(double n) { return std::isfinite(n) && std::floor(n) == n && std::fabs(n) < 1e6; }

} // namespace

EvaluationEnvironment EvaluationEnvironment::at(Seconds now, const std::string& timeZone, HolidayCalendar holidays) {
    EvaluationEnvironment env;
    env.now = now;
    try {
        env.zone = date::locate_zone(timeZone);
    } catch (const std::exception&) {
        throw Error("unknown time zone '" + timeZone + "'");
    }
    env.holidays = std::move(holidays);
    return env;
}

EvaluationEnvironment EvaluationEnvironment::current(const std::string& timeZone, HolidayCalendar holidays) {
    return at(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()), timeZone,
              std::move(holidays));
}

const ExtensionFunction* findExtensionFunction(std::string_view name) {
    for (const ExtensionFunction& f : kFunctions)
        if (f.name == name)
            return &f;
    return nullptr;
}

std::string extensionFunctionNames() {
    std::string names;
    for (const ExtensionFunction& f : kFunctions)
        names += (names.empty() ? "" : ", ") + std::string(f.name) + "()";
    return names;
}

Value ExtensionEvaluator::call(const ExtensionFunction& function, const std::vector<Value>& a,
                               const EvaluationEnvironment& env) {
    const std::string_view name = function.name;
    const auto today = localDate(env.now, *env.zone);
    if (name == "today")
        return formatIsoDate(today);
    if (name == "now")
        return formatIsoDateTime(env.now, *env.zone);
    if (name == "age" || name == "age_on") {
        const auto birth = dayOf(str(a[0]), env);
        const auto on = name == "age" ? std::optional(today) : dayOf(str(a[1]), env);
        return birth && on ? double(ageOn(*birth, *on)) : kNaN;
    }
    if (name == "days_between") {
        const auto from = dayOf(str(a[0]), env);
        const auto to = dayOf(str(a[1]), env);
        return from && to ? double((date::sys_days(*to) - date::sys_days(*from)).count()) : kNaN;
    }
    if (name == "hours_between") {
        const auto from = parseIsoDateTime(str(a[0]), *env.zone);
        const auto to = parseIsoDateTime(str(a[1]), *env.zone);
        return from && to ? double((*to - *from).count()) / 3600.0 : kNaN;
    }
    if (name == "add_hours") {
        const auto from = parseIsoDateTime(str(a[0]), *env.zone);
        if (!from || !std::isfinite(num(a[1])) || std::fabs(num(a[1])) > 1e6)   // about 114 years
            return std::string();
        return formatIsoDateTime(*from + std::chrono::seconds(std::llround(num(a[1]) * 3600.0)), *env.zone);
    }
    if (name == "add_days" || name == "add_business_days") {
        const auto from = dayOf(str(a[0]), env);
        if (!from || !wholeNumber(num(a[1])))
            return std::string();
        const int count = int(num(a[1]));
        if (name == "add_days")
            return formatIsoDate(date::year_month_day{date::sys_days(*from) + date::days(count)});
        if (count < 0)
            return std::string();
        return formatIsoDate(addBusinessDays(*from, count, env.holidays));
    }
    if (name == "matches") {
        if (str(a[1]) != m_regexSource || !m_regex) {
            m_regexSource = str(a[1]);
            try {
                m_regex.emplace(m_regexSource, std::regex::ECMAScript);
            } catch (const std::regex_error&) {
                m_regex.reset();
            }
        }
        return m_regex && boundedMatch(str(a[0]), *m_regex, kMaxPatternInput);
    }
    if (name == "selected") {
        for (const std::string& w : selectedValues(str(a[0])))
            if (w == str(a[1]))
                return true;
        return false;
    }
    if (name == "count_selected")
        return double(selectedValues(str(a[0])).size());
    if (name == "setting") {
        auto it = env.settings.find(str(a[0]));
        return it == env.settings.end() ? std::string() : it->second;
    }
    return kNaN;
}

} // namespace parity::rules
