// The functions Parity adds to XPath (docs/form-language.md, "Functions Parity adds"),
// compiled and evaluated as a form's expressions are, on a fixed clock in Chicago.
#include "rules/expression_compiler.h"
#include "rules/evaluation_environment.h"
#include "time/temporal.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <memory>
#include <string>

namespace {

using namespace date::literals;

parity::Seconds instant(const std::string& iso) {
    auto t = parity::parseIsoDateTime(iso, *date::locate_zone("UTC"));
    BOOST_TEST_REQUIRE(bool(t), iso);
    return *t;
}

/// Expressions over a small answer instance with fields a, b, n and picked.
class Expressions {
public:
    explicit Expressions(const std::string& nowUtc = "2026-11-01T04:30:00Z", const std::string& zone = "America/Chicago",
                         parity::HolidayCalendar holidays = {})
        : m_environment(parity::rules::EvaluationEnvironment::at(instant(nowUtc), zone, std::move(holidays))) {
        pugi::xml_node answers = m_instance.append_child("answers");
        for (const char* name : {"a", "b", "n", "picked"})
            answers.append_child(name);
    }

    Expressions& set(const char* field, const std::string& value) {
        m_instance.document_element().child(field).text().set(value.c_str());
        return *this;
    }

    std::string text(const std::string& expression) { return compile(expression)->evaluateString(root(), m_environment); }
    double number(const std::string& expression) { return compile(expression)->evaluateNumber(root(), m_environment); }
    bool truth(const std::string& expression) { return compile(expression)->evaluateBoolean(root(), m_environment); }

private:
    std::unique_ptr<parity::rules::CompiledExpression> compile(const std::string& expression) {
        parity::forms::Diagnostics diagnostics;
        auto compiled = m_compiler.compile({expression, {}}, "the test expression", diagnostics);
        BOOST_TEST_REQUIRE(bool(compiled), expression << ": " << diagnostics.toString());
        return compiled;
    }
    pugi::xml_node root() const { return m_instance.document_element(); }

    pugi::xpath_variable_set m_variables;
    parity::rules::ExpressionCompiler m_compiler{{"a", "b", "n", "picked"}, m_variables};
    pugi::xml_document m_instance;
    parity::rules::EvaluationEnvironment m_environment;
};

} // namespace

BOOST_AUTO_TEST_SUITE(ExtensionFunctions)

BOOST_AUTO_TEST_CASE(today_is_the_date_in_the_jurisdictions_zone) {
    // 04:30 UTC on 1 November is still 31 October (23:30 CDT) in Chicago.
    BOOST_TEST(Expressions().text("today()") == "2026-10-31");
    BOOST_TEST(Expressions("2026-11-01T04:30:00Z", "UTC").text("today()") == "2026-11-01");
}

BOOST_AUTO_TEST_CASE(now_is_iso_8601_with_the_local_offset) {
    BOOST_TEST(Expressions().text("now()") == "2026-10-31T23:30:00-05:00");
    // Daylight saving time ended at 02:00 local on 1 November 2026.
    BOOST_TEST(Expressions("2026-11-01T12:00:00Z").text("now()") == "2026-11-01T06:00:00-06:00");
}

BOOST_AUTO_TEST_CASE(age_counts_whole_years_to_today) {
    Expressions e;   // today is 2026-10-31
    BOOST_TEST(e.set("a", "1990-10-31").number("age(a)") == 36);   // birthday today
    BOOST_TEST(e.set("a", "1990-11-01").number("age(a)") == 35);   // birthday tomorrow
    BOOST_TEST(e.set("a", "2026-10-31").number("age(a)") == 0);
    BOOST_TEST(e.set("a", "2008-10-31").truth("age(a) >= 18"));
    BOOST_TEST(!e.set("a", "2008-11-01").truth("age(a) >= 18"));
}

BOOST_AUTO_TEST_CASE(age_on_a_leap_day_birthday_counts_from_the_first_of_march_in_other_years) {
    Expressions e;
    e.set("a", "2000-02-29");
    BOOST_TEST(e.set("b", "2027-02-28").number("age_on(a, b)") == 26);
    BOOST_TEST(e.set("b", "2027-03-01").number("age_on(a, b)") == 27);
    BOOST_TEST(e.set("b", "2028-02-28").number("age_on(a, b)") == 27);
    BOOST_TEST(e.set("b", "2028-02-29").number("age_on(a, b)") == 28);
    // The second argument can be any expression, other added functions included.
    BOOST_TEST(e.set("b", "2027-02-27").number("age_on(a, add_days(b, 2))") == 27);
}

BOOST_AUTO_TEST_CASE(days_between_counts_calendar_days_and_can_be_negative) {
    Expressions e;
    e.set("a", "2026-03-01").set("b", "2026-03-08");
    BOOST_TEST(e.number("days_between(a, b)") == 7);
    BOOST_TEST(e.number("days_between(b, a)") == -7);
    BOOST_TEST(e.set("a", "2028-02-28").set("b", "2028-03-01").number("days_between(a, b)") == 2);
    BOOST_TEST(e.number("days_between(today(), '2026-11-02')") == 2);
}

BOOST_AUTO_TEST_CASE(hours_between_counts_real_hours_across_a_dst_change) {
    Expressions e;
    // Clocks went forward at 02:00 on 2026-03-08 in Chicago: that day has 23 hours.
    BOOST_TEST(e.set("a", "2026-03-08T00:00").set("b", "2026-03-08T12:00").number("hours_between(a, b)") == 11);
    BOOST_TEST(e.set("a", "2026-03-07T12:00").set("b", "2026-03-08T12:00").number("hours_between(a, b)") == 23);
    BOOST_TEST(e.set("a", "2026-03-08T01:00-06:00").set("b", "2026-03-08T03:00-05:00").number("hours_between(a, b)") == 1);
    // ... and back at 02:00 on 2026-11-01: that day has 25 hours.
    BOOST_TEST(e.set("a", "2026-11-01T00:00").set("b", "2026-11-02T00:00").number("hours_between(a, b)") == 25);
    BOOST_TEST(e.set("a", "2026-06-15T10:00").set("b", "2026-06-15T10:45").number("hours_between(a, b)") == 0.75);
    BOOST_TEST(e.set("a", "2026-06-15T15:00Z").set("b", "2026-06-15T10:00").number("hours_between(a, b)") == 0);
    BOOST_TEST(e.number("hours_between(b, '2026-06-15T09:00')") == -1);
}

BOOST_AUTO_TEST_CASE(add_hours_gives_the_local_time_with_its_offset) {
    Expressions e;
    BOOST_TEST(e.set("a", "2026-03-08T01:30").text("add_hours(a, 1)") == "2026-03-08T03:30:00-05:00");
    BOOST_TEST(e.set("a", "2026-11-01T00:30:00-05:00").text("add_hours(a, 2)") == "2026-11-01T01:30:00-06:00");
    BOOST_TEST(e.set("a", "2026-06-15T10:00Z").text("add_hours(a, 1.5)") == "2026-06-15T06:30:00-05:00");
    BOOST_TEST(e.set("a", "2026-06-15T10:00").set("n", "-24").text("add_hours(a, n)") == "2026-06-14T10:00:00-05:00");
}

BOOST_AUTO_TEST_CASE(add_days_moves_by_calendar_days) {
    Expressions e;
    BOOST_TEST(e.set("a", "2026-02-27").text("add_days(a, 2)") == "2026-03-01");
    BOOST_TEST(e.set("a", "2028-02-28").text("add_days(a, 1)") == "2028-02-29");
    BOOST_TEST(e.set("a", "2026-03-01").text("add_days(a, -1)") == "2026-02-28");
    BOOST_TEST(e.set("a", "2026-12-31").text("add_days(a, 1)") == "2027-01-01");
    BOOST_TEST(e.text("add_days(today(), 1)") == "2026-11-01");
}

BOOST_AUTO_TEST_CASE(add_business_days_skips_weekends) {
    Expressions e;
    e.set("a", "2026-03-06");   // a Friday
    BOOST_TEST(e.text("add_business_days(a, 0)") == "2026-03-06");
    BOOST_TEST(e.text("add_business_days(a, 1)") == "2026-03-09");
    BOOST_TEST(e.text("add_business_days(a, 5)") == "2026-03-13");
    BOOST_TEST(e.set("a", "2026-03-07").text("add_business_days(a, 1)") == "2026-03-09");   // from a Saturday
    // today() is Saturday 2026-10-31: the next business day is Monday.
    BOOST_TEST(e.number("days_between(today(), add_business_days(today(), 1))") == 2);
}

BOOST_AUTO_TEST_CASE(add_business_days_skips_the_jurisdictions_holidays) {
    const parity::HolidayCalendar holidays = [](date::year_month_day day) {
        return day == 2026_y / date::March / 9 || day == 2026_y / date::March / 10;
    };
    Expressions e("2026-11-01T04:30:00Z", "America/Chicago", holidays);
    e.set("a", "2026-03-06");
    BOOST_TEST(e.text("add_business_days(a, 1)") == "2026-03-11");
    BOOST_TEST(e.text("add_business_days(a, 3)") == "2026-03-13");
    BOOST_TEST(Expressions().set("a", "2026-03-06").text("add_business_days(a, 1)") == "2026-03-09");
}

BOOST_AUTO_TEST_CASE(matches_tests_the_whole_text_against_an_ecmascript_regex) {
    Expressions e;
    e.set("a", "C-123");
    BOOST_TEST(e.truth("matches(a, 'C-[0-9]+')"));
    BOOST_TEST(e.truth("matches(a, '[A-Z]-[0-9]{1,3}')"));   // a comma inside the literal is not an argument break
    BOOST_TEST(!e.truth("matches(a, '[0-9]+')"));              // the whole text, not a part of it
    BOOST_TEST(!e.set("a", "xC-123").truth("matches(a, 'C-[0-9]+')"));
    BOOST_TEST(e.set("a", "").truth("matches(a, '[0-9]*')"));
}

BOOST_AUTO_TEST_CASE(selected_and_count_selected_read_a_multiple_select) {
    Expressions e;
    e.set("picked", "neglect financial_exploitation other");
    BOOST_TEST(e.truth("selected(picked, 'neglect')"));
    BOOST_TEST(e.truth("selected(picked, 'other')"));
    BOOST_TEST(!e.truth("selected(picked, 'physical')"));
    BOOST_TEST(!e.truth("selected(picked, 'financial')"));   // whole values only
    BOOST_TEST(e.number("count_selected(picked)") == 3);
    BOOST_TEST(e.set("picked", "  physical   sexual ").number("count_selected(picked)") == 2);
    BOOST_TEST(e.set("picked", "").number("count_selected(picked)") == 0);
    BOOST_TEST(!e.truth("selected(picked, 'physical')"));
}

BOOST_AUTO_TEST_CASE(added_function_in_a_predicate_reads_each_item) {
    // "they can be used anywhere in an expression": in a predicate over repeat items the
    // argument must be read from each item, not once from the expression's context.
    pugi::xml_document instance;
    pugi::xml_node people = instance.append_child("answers").append_child("people");
    for (const char* dob : {"1990-01-01", "2015-06-01", "1950-03-03"})
        people.append_child("item").append_child("dob").text().set(dob);
    pugi::xpath_variable_set variables;
    parity::rules::ExpressionCompiler compiler({"people", "dob"}, variables);
    parity::forms::Diagnostics diagnostics;
    auto minors = compiler.compile({"count(people/item[age(dob) < 18])", {}}, "the test expression", diagnostics);
    if (!minors) {   // refusing it with a clear message would also be right
        BOOST_TEST(!diagnostics.empty());
        return;
    }
    const auto env = parity::rules::EvaluationEnvironment::at(instant("2026-11-01T04:30:00Z"), "America/Chicago");
    BOOST_TEST(minors->evaluateNumber(instance.document_element(), env) == 1);
}

BOOST_AUTO_TEST_CASE(bad_dates_give_nan_empty_text_or_false_without_throwing) {
    Expressions e;
    for (const char* bad : {"", "not a date", "2026-02-30", "2026-02-30T10:00", "2026-06-15T25:00", "15/06/2026"}) {
        BOOST_TEST_CONTEXT("'" << bad << "'") {
            e.set("a", bad).set("b", "2026-06-15T10:00");
            BOOST_CHECK_NO_THROW(e.number("age(a)"));
            BOOST_TEST(std::isnan(e.number("age(a)")));
            BOOST_TEST(std::isnan(e.number("age_on(b, a)")));
            BOOST_TEST(std::isnan(e.number("days_between(a, b)")));
            BOOST_TEST(std::isnan(e.number("hours_between(a, b)")));
            BOOST_TEST(std::isnan(e.number("hours_between(b, a)")));
            BOOST_TEST(e.text("add_hours(a, 1)") == "");
            BOOST_TEST(e.text("add_days(a, 1)") == "");
            BOOST_TEST(e.text("add_business_days(a, 1)") == "");
            // Comparisons with NaN are false, so a rule over a half-filled form does not fire.
            BOOST_TEST(!e.truth("hours_between(a, b) > 24"));
            BOOST_TEST(!e.truth("age(a) < 18"));
        }
    }
    // Numbers that do not make sense give the same.
    e.set("a", "2026-06-15").set("n", "");
    BOOST_TEST(e.text("add_days(a, n)") == "");
    BOOST_TEST(e.text("add_days(a, 1.5)") == "");
    BOOST_TEST(e.text("add_business_days(a, -1)") == "");
    BOOST_TEST(e.set("a", "2026-06-15T10:00").text("add_hours(a, n)") == "");
    // An invalid regular expression matches nothing.
    BOOST_TEST(!e.set("a", "[").truth("matches(a, '[')"));
}

BOOST_AUTO_TEST_SUITE_END()
