// Answer sets for Arkansas abuse reports, built from the shipped example.
#pragma once

#include "arkansas_fixture.h"

namespace parity::arkansas::test {

/// The example: an 81-year-old nursing-home resident, reported to APS, law enforcement
/// and the Office of Long-Term Care on 2026-10-05.
inline nlohmann::json adultReport() { return ArkansasFixture::example("abuse-report"); }

/// The same report about an adult living at home (no long-term-care agencies needed).
inline nlohmann::json adultAtHomeReport() {
    nlohmann::json a = adultReport();
    a["ltc_facility_resident"] = false;
    a["subject_address"] = "12 Sample Road, Saline County (fictional address)";
    a.erase("additional_reports");
    return a;
}

/// A report about a 9-year-old, made to the Child Abuse Hotline.
inline nlohmann::json childReport() {
    nlohmann::json a = adultReport();
    a["subject_name"] = "Mia Ficticia Lane";
    a["subject_category"] = "child";
    a["subject_age"] = 9;
    a.erase("subject_dob");
    a.erase("ltc_facility_resident");
    a["subject_address"] = "34 Example Street, Pulaski County (fictional address)";
    a["abuse_types"] = nlohmann::json::array({"neglect"});
    a["agency"] = "ar-child-hotline";
    a["confirmation_number"] = "HL-2026-071133";
    a.erase("additional_reports");
    return a;
}

/// Another adult (subject_category other_adult) of `age`, at home.
inline nlohmann::json otherAdultReport(int age, bool endangeredOrImpaired) {
    nlohmann::json a = adultAtHomeReport();
    a["subject_category"] = "other_adult";
    a["subject_age"] = age;
    a.erase("subject_dob");
    a["endangered_or_impaired_adult"] = endangeredOrImpaired;
    return a;
}

} // namespace parity::arkansas::test
