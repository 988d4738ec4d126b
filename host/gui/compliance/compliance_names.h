// Names of the Compliance page's controls (wxWindow::SetName) for tests and
// accessibility tools. Renaming one breaks tests/gui.
#pragma once

namespace parity::gui::names {

inline constexpr char compliancePage[] = "compliancePage";
inline constexpr char complianceList[] = "complianceList";
inline constexpr char complianceRunButton[] = "complianceRunButton";
inline constexpr char complianceAsOfEnabled[] = "complianceAsOfEnabled";   // unchecked: as of now
inline constexpr char complianceAsOfDate[] = "complianceAsOfDate";
inline constexpr char complianceAsOfTime[] = "complianceAsOfTime";
inline constexpr char complianceSummary[] = "complianceSummary";   // "3 findings, 2 errors, 142 records checked, …"
inline constexpr char complianceDetails[] = "complianceDetails";   // the chosen finding in full

} // namespace parity::gui::names
