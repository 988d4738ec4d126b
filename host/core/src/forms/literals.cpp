#include "forms/literals.h"

#include "time/temporal.h"
#include "common/bounded_regex.h"

#include <charconv>
#include <cmath>
#include <regex>

namespace parity::forms {
namespace {

std::optional<double> number(const std::string& text) {
    // At most 32 characters: a bound is a plain number, and this keeps stod in range.
    static const std::regex pattern("-?[0-9]+(\\.[0-9]+)?");
    if (!boundedMatch(text, pattern, 32))
        return std::nullopt;
    return std::stod(text);
}

/// Sortable key for a date or datetime literal: seconds since the epoch, as UTC
/// (bounds are compared among themselves, so the zone does not matter).
std::optional<long long> instant(FieldType type, const std::string& text) {
    if (type == FieldType::Date) {
        if (auto day = parseIsoDate(text))
            return date::sys_days(*day).time_since_epoch().count() * 86400LL;
        return std::nullopt;
    }
    if (auto t = parseIsoDateTime(text, *date::locate_zone("UTC")))
        return t->time_since_epoch().count();
    return std::nullopt;
}

} // namespace

bool typeHasBounds(FieldType type) {
    return type == FieldType::Integer || type == FieldType::Decimal || type == FieldType::Date ||
           type == FieldType::DateTime;
}

std::string boundLiteralProblem(FieldType type, const std::string& text) {
    switch (type) {
    case FieldType::Integer:
        if (!number(text) || std::floor(*number(text)) != *number(text))
            return "must be a whole number of at most 32 digits";
        return {};
    case FieldType::Decimal:
        return number(text) ? std::string() : "must be a number of at most 32 characters";
    case FieldType::Date:
        if (text == "today" || parseIsoDate(text))
            return {};
        return "must be a date YYYY-MM-DD or 'today'";
    case FieldType::DateTime:
        if (text == "today" || text == "now" || instant(type, text))
            return {};
        return "must be a datetime YYYY-MM-DDThh:mm, 'today' or 'now'";
    default:
        return "is only allowed on integer, decimal, date and datetime fields";
    }
}

std::optional<int> compareBounds(FieldType type, const std::string& a, const std::string& b) {
    if (type == FieldType::Integer || type == FieldType::Decimal) {
        auto x = number(a), y = number(b);
        if (!x || !y)
            return std::nullopt;
        return *x < *y ? -1 : (*x > *y ? 1 : 0);
    }
    if (type == FieldType::Date || type == FieldType::DateTime) {
        auto x = instant(type, a), y = instant(type, b);
        if (!x || !y)
            return std::nullopt;
        return *x < *y ? -1 : (*x > *y ? 1 : 0);
    }
    return std::nullopt;
}

} // namespace parity::forms
