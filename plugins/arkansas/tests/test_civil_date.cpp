// The SDK's civil dates (parity/civil_date.h), which all three plugins compute their
// holidays and business days with. Header-only: tested here directly, at the edges the
// holiday lists rely on (leap years, dates before 1970, year ends, malformed text).
#include <parity/civil_date.h>

#include <boost/test/unit_test.hpp>

using namespace parity::civil;

BOOST_AUTO_TEST_SUITE(SdkCivilDate)

BOOST_AUTO_TEST_CASE(days_since_the_epoch_and_back) {
    BOOST_TEST(daysSinceEpoch({1970, 1, 1}) == 0);
    BOOST_TEST(daysSinceEpoch({1969, 12, 31}) == -1);
    BOOST_TEST(daysSinceEpoch({2000, 3, 1}) == 11017);
    BOOST_TEST(daysSinceEpoch({2026, 11, 23}) == 20780);
    for (long long d : {-800000LL, -1LL, 0LL, 59LL, 11016LL, 20780LL, 2932896LL})
        BOOST_TEST(daysSinceEpoch(dateFromDays(d)) == d);
    BOOST_TEST((dateFromDays(11016) == CivilDate{2000, 2, 29}));
}

BOOST_AUTO_TEST_CASE(weekdays_before_and_after_1970) {
    BOOST_TEST((weekdayOf({1970, 1, 1}) == Weekday::Thursday));
    BOOST_TEST((weekdayOf({1969, 12, 28}) == Weekday::Sunday));
    BOOST_TEST((weekdayOf({1900, 1, 1}) == Weekday::Monday));
    BOOST_TEST((weekdayOf({2026, 11, 23}) == Weekday::Monday));
    BOOST_TEST(isWeekend({2026, 11, 22}));
    BOOST_TEST(!isWeekend({2026, 11, 20}));
}

BOOST_AUTO_TEST_CASE(nth_and_last_weekdays) {
    BOOST_TEST((nthWeekday(2026, 11, Weekday::Thursday, 4) == CivilDate{2026, 11, 26}));   // Thanksgiving
    BOOST_TEST((nthWeekday(2026, 6, Weekday::Monday, 1) == CivilDate{2026, 6, 1}));        // the 1st is a Monday
    BOOST_TEST((lastWeekday(2026, 5, Weekday::Monday) == CivilDate{2026, 5, 25}));         // Memorial Day
    BOOST_TEST((lastWeekday(2027, 5, Weekday::Monday) == CivilDate{2027, 5, 31}));         // the 31st itself
    BOOST_TEST((lastWeekday(2028, 2, Weekday::Tuesday) == CivilDate{2028, 2, 29}));        // leap day
}

BOOST_AUTO_TEST_CASE(adding_days_crosses_months_and_years) {
    BOOST_TEST((addDays({2026, 12, 31}, 1) == CivilDate{2027, 1, 1}));
    BOOST_TEST((addDays({2027, 1, 1}, -1) == CivilDate{2026, 12, 31}));
    BOOST_TEST((addDays({2100, 2, 28}, 1) == CivilDate{2100, 3, 1}));   // 2100 is not a leap year
    BOOST_TEST((CivilDate{2026, 12, 31} < CivilDate{2027, 1, 1}));
}

BOOST_AUTO_TEST_CASE(reading_and_writing_iso_dates) {
    BOOST_TEST((parseIsoDate("2024-02-29") == CivilDate{2024, 2, 29}));
    BOOST_TEST(!parseIsoDate("2026-02-29"));
    BOOST_TEST(!parseIsoDate("2026-13-01"));
    BOOST_TEST(!parseIsoDate("2026-1-01"));
    BOOST_TEST(!parseIsoDate("2026-10-05T10:00"));   // exactly a date
    BOOST_TEST(!parseIsoDate(" 2026-10-05"));
    BOOST_TEST((parseDatePrefix("2026-10-05T14:30:00-05:00") == CivilDate{2026, 10, 5}));
    BOOST_TEST((parseDatePrefix("2026-10-05 14:30") == CivilDate{2026, 10, 5}));
    BOOST_TEST((parseDatePrefix("2026-10-05") == CivilDate{2026, 10, 5}));
    BOOST_TEST(!parseDatePrefix("2026-10-05x"));
    BOOST_TEST(!parseDatePrefix(""));
    BOOST_TEST(formatIsoDate({2026, 3, 7}) == "2026-03-07");
    BOOST_TEST(formatIsoDate({812, 12, 25}) == "0812-12-25");
}

BOOST_AUTO_TEST_SUITE_END()
