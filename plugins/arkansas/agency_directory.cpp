#include "agency_directory.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace parity::arkansas {

// Fields: code, name, phone, alternate phone, TDD, online channel, statute, covers.
// Numbers are left empty where DOMAIN.md gives none: an agency fills them in from its
// local directory rather than trusting a number we made up.
std::vector<ReportingAgency> agencyDirectory() {
    return {
        {agency_code::ChildHotline, "Arkansas Child Abuse Hotline", "1-800-482-5964", "", "1-800-843-6349",
         "Secure online reporting portal for mandated reporters (since 2022-09-06)", "A.C.A. 12-18-402",
         "Suspected maltreatment of a child (under 18); report immediately"},
        {agency_code::AdultProtectiveServices, "Arkansas Adult Protective Services", "1-800-482-8049", "", "",
         "Online adult maltreatment report", "A.C.A. 12-12-1708; A.C.A. 5-28-110(e)",
         "An endangered or impaired adult; report immediately, and within 24 hours or by the end of "
         "the next business day, whichever is earlier"},
        {agency_code::LawEnforcement, "Local law enforcement", "911 (emergency) or the local non-emergency line", "",
         "", "", "A.C.A. 12-12-1708",
         "A resident of a long-term-care facility (in addition to Adult Protective Services and the "
         "Office of Long-Term Care)"},
        {agency_code::OfficeOfLongTermCare, "Arkansas Office of Long-Term Care", "", "", "", "", "A.C.A. 12-12-1708",
         "A resident of a long-term-care facility (in addition to Adult Protective Services and law "
         "enforcement)"},
    };
}

// The directory in Spanish, in our own words; numbers and statutes stay in the directory.
std::vector<AgencyTranslation> agencyTranslations() {
    return {
        {agency_code::ChildHotline, "es", "Línea directa de Arkansas para reportar abuso infantil",
         "Sospecha de maltrato de un niño o una niña (menor de 18 años); haga el reporte de inmediato"},
        {agency_code::AdultProtectiveServices, "es", "Servicios de Protección de Adultos de Arkansas",
         "Un adulto en peligro o con una incapacidad; haga el reporte de inmediato, y dentro de 24 horas o "
         "antes del final del siguiente día hábil, lo que ocurra primero"},
        {agency_code::LawEnforcement, "es", "Policía local",
         "Un residente de un centro de cuidados a largo plazo (además de Servicios de Protección de Adultos y "
         "de la Oficina de Cuidados a Largo Plazo)"},
        {agency_code::OfficeOfLongTermCare, "es", "Oficina de Cuidados a Largo Plazo de Arkansas",
         "Un residente de un centro de cuidados a largo plazo (además de Servicios de Protección de Adultos y "
         "de la policía)"},
    };
}

ReportingAgency agencyIn(const std::string& code, const std::string& language) {
    static const std::vector<AgencyTranslation> translations = agencyTranslations();
    return translatedAgency(agencyByCode(code), translations, language);
}

const ReportingAgency& agencyByCode(const std::string& code) {
    static const std::vector<ReportingAgency> directory = agencyDirectory();
    for (const ReportingAgency& a : directory)
        if (a.code == code)
            return a;
    throw std::logic_error("the Arkansas agency directory has no agency '" + code + "'");
}

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// Plain words clerks write for an agency in the free-text "other agencies" list (core
// forms keep that list as text, so it cannot hold a directory code). English and Spanish.
std::vector<std::string> wordsFor(const std::string& code) {
    if (code == agency_code::LawEnforcement)
        return {"law enforcement", "police", "sheriff", "policía", "policia", "alguacil"};
    if (code == agency_code::OfficeOfLongTermCare)
        return {"office of long-term care", "office of long term care", "oltc", "oficina de cuidado a largo plazo",
                "oficina de cuidados a largo plazo"};
    if (code == agency_code::AdultProtectiveServices)
        return {"adult protective services", "protección de adultos", "proteccion de adultos"};
    if (code == agency_code::ChildHotline)
        return {"child abuse hotline"};
    return {};
}

} // namespace

bool textNamesAgency(const std::string& text, const std::string& code) {
    const std::string t = lower(text);
    if (t.find(code) != std::string::npos)
        return true;
    for (const ReportingAgency& a : agencyDirectory())
        if (a.code == code && t.find(lower(a.name)) != std::string::npos)
            return true;
    for (const AgencyTranslation& a : agencyTranslations())
        if (a.code == code && t.find(lower(a.name)) != std::string::npos)
            return true;
    for (const std::string& w : wordsFor(code))
        if (t.find(w) != std::string::npos)
            return true;
    return false;
}

} // namespace parity::arkansas
