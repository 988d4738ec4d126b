#include "agency_directory.h"

namespace parity::california {

// Fields: code, name, phone, alternate phone, TDD, online channel, statute, covers.
// County numbers differ by county: left empty for the agency to fill in locally.
std::vector<ReportingAgency> agencyDirectory() {
    return {
        {"ca-law-enforcement", "Police or sheriff's department (not school police)",
         "911 (emergency) or the local non-emergency line", "", "", "", "Penal Code 11166(a), 11165.9",
         "Suspected child abuse or neglect: phone report immediately or as soon as practicable, written "
         "report on form SS 8572 within 36 hours"},
        {"ca-county-probation", "County probation department (where the county designates it)", "", "", "", "",
         "Penal Code 11165.9",
         "Suspected child abuse or neglect, in counties that designate probation to take reports"},
        {"ca-county-child-welfare", "County child welfare department", "", "", "", "",
         "Penal Code 11166(a), 11165.9",
         "Suspected child abuse or neglect: phone report immediately or as soon as practicable, written "
         "report on form SS 8572 within 36 hours"},
        {"ca-adult-protective-services", "Adult Protective Services (county)", "1-833-401-0832", "", "",
         "", "Welfare and Institutions Code 15630",
         "Suspected abuse of an elder (60 or older) or a dependent adult (18 to 59): phone report "
         "immediately or as soon as practicable, written report on form SOC 341 within 2 working days"},
    };
}

// The directory in Spanish, in our own words; numbers and statutes stay in the directory.
std::vector<AgencyTranslation> agencyTranslations() {
    return {
        {"ca-law-enforcement", "es", "Departamento de policía o del sheriff (no la policía escolar)",
         "Sospecha de abuso o negligencia de un menor: reporte por teléfono de inmediato o lo antes posible, y "
         "reporte escrito en el formulario SS 8572 dentro de 36 horas"},
        {"ca-county-probation", "es", "Departamento de libertad condicional del condado (donde el condado lo designe)",
         "Sospecha de abuso o negligencia de un menor, en los condados que designan a libertad condicional para "
         "recibir reportes"},
        {"ca-county-child-welfare", "es", "Departamento de bienestar infantil del condado",
         "Sospecha de abuso o negligencia de un menor: reporte por teléfono de inmediato o lo antes posible, y "
         "reporte escrito en el formulario SS 8572 dentro de 36 horas"},
        {"ca-adult-protective-services", "es", "Servicios de Protección para Adultos (del condado)",
         "Sospecha de abuso de una persona mayor (60 años o más) o de un adulto dependiente (de 18 a 59 años): "
         "reporte por teléfono de inmediato o lo antes posible, y reporte escrito en el formulario SOC 341 "
         "dentro de 2 días hábiles"},
    };
}

} // namespace parity::california
