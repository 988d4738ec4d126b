#include "agency_directory.h"

#include <algorithm>
#include <cctype>

namespace parity::new_mexico {

// Fields: code, name, phone, alternate phone, TDD, online channel, statute, covers.
std::vector<ReportingAgency> agencyDirectory() {
    return {
        {agency::kCyfd, "CYFD Statewide Central Intake", "1-855-333-7233 (1-855-333-SAFE)", "", "",
         "#SAFE (#7233) from a mobile phone", "NMSA 32A-4-3(A)",
         "Suspected abuse or neglect of a child; every person must report immediately"},
        {agency::kLawEnforcement, "Local law enforcement", "911 (emergency) or the local non-emergency line", "", "",
         "", "NMSA 32A-4-3(A)", "Suspected abuse or neglect of a child; report immediately"},
        {agency::kTribal, "Tribal law enforcement or tribal social services", "", "", "", "", "NMSA 32A-4-3(A)",
         "Suspected abuse or neglect of an Indian child in Indian country"},
        {agency::kAdultProtectiveServices, "New Mexico Adult Protective Services", "1-866-654-3219", "505-476-4912",
         "", "", "NMSA 27-7-30; 8.11.6.9 NMAC",
         "Abuse, neglect or exploitation of an incapacitated adult; report immediately (civil penalty "
         "up to $10,000 for failing to)"},
    };
}

// The directory in Spanish, in our own words; numbers and statutes stay in the directory.
std::vector<AgencyTranslation> agencyTranslations() {
    return {
        {agency::kCyfd, "es", "Central de Admisión Estatal de CYFD",
         "Sospecha de abuso o negligencia de un menor; toda persona debe reportarlo de inmediato"},
        {agency::kLawEnforcement, "es", "Policía o sheriff del lugar",
         "Sospecha de abuso o negligencia de un menor; haga el reporte de inmediato"},
        {agency::kTribal, "es", "Policía tribal o servicios sociales de la tribu",
         "Sospecha de abuso o negligencia de un menor indígena en territorio indígena"},
        {agency::kAdultProtectiveServices, "es", "Servicios de Protección de Adultos de Nuevo México",
         "Abuso, negligencia o explotación de un adulto incapacitado; haga el reporte de inmediato (multa civil "
         "de hasta $10,000 por no hacerlo)"},
    };
}

const ReportingAgency* findAgency(const std::string& code) {
    static const std::vector<ReportingAgency> directory = agencyDirectory();
    auto it = std::find_if(directory.begin(), directory.end(), [&](const auto& a) { return a.code == code; });
    return it == directory.end() ? nullptr : &*it;
}

std::string agencyName(const std::string& code, const std::string& language) {
    const bool es = language == "es";
    if (code == agency::kLawEnforcement)
        return es ? "la policía o el sheriff del lugar" : "local law enforcement";
    if (code == agency::kTribal)
        return es ? "la policía tribal o los servicios sociales de la tribu"
                  : "tribal law enforcement or tribal social services";
    const ReportingAgency* a = findAgency(code);
    if (!a)
        return code;
    static const std::vector<AgencyTranslation> translations = agencyTranslations();
    return translatedAgency(*a, translations, language).name;
}

std::string agencyContact(const std::string& code, const std::string& language) {
    const ReportingAgency* a = findAgency(code);
    if (!a)
        return code;
    const bool es = language == "es";
    const std::string name = agencyName(code, language);
    // The numbers come from the directory entry; only the words around them are here.
    if (code == agency::kCyfd)
        return name + ", " + a->phone + (es ? " o #SAFE (#7233) desde un teléfono celular" : " or " + a->online);
    if (code == agency::kLawEnforcement)
        return name + (es ? " (911 en una emergencia, o su línea que no es de emergencia)"
                          : " (911 in an emergency, or the local non-emergency line)");
    if (code == agency::kTribal)
        return name + (es ? " (con los números de la propia tribu)" : " (the tribe's own numbers)");
    if (!a->alternatePhone.empty())
        return name + ", " + a->phone + (es ? " (o " : " (or ") + a->alternatePhone + ")";
    return name + (a->phone.empty() ? "" : ", " + a->phone);
}

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

/// `word` appears in `text` as a whole word (so "APS" does not match "perhaps").
bool hasWord(const std::string& text, const std::string& word) {
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool startOk = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
        const std::size_t end = at + word.size();
        const bool endOk = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
        if (startOk && endOk)
            return true;
    }
    return false;
}

} // namespace

std::string agencyNamedIn(const std::string& text) {
    const std::string t = lower(text);
    for (const ReportingAgency& a : agencyDirectory())
        if (hasWord(t, lower(a.code)) || t.find(lower(a.name)) != std::string::npos)
            return a.code;
    for (const AgencyTranslation& a : agencyTranslations())
        if (t.find(lower(a.name)) != std::string::npos)
            return a.code;
    if (hasWord(t, "aps") || t.find("adult protective") != std::string::npos)
        return agency::kAdultProtectiveServices;
    if (hasWord(t, "cyfd") || t.find("central intake") != std::string::npos || hasWord(t, "#safe"))
        return agency::kCyfd;
    if (hasWord(t, "tribal") || hasWord(t, "tribe"))
        return agency::kTribal;
    if (hasWord(t, "police") || hasWord(t, "sheriff") || t.find("law enforcement") != std::string::npos)
        return agency::kLawEnforcement;
    return {};
}

} // namespace parity::new_mexico
