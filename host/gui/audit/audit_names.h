// Names of the Audit page's controls (wxWindow::SetName) for tests and accessibility
// tools. Renaming one breaks tests/gui.
#pragma once

namespace parity::gui::names {

inline constexpr char auditPage[] = "auditPage";
inline constexpr char auditList[] = "auditList";
inline constexpr char chainStatus[] = "chainStatus";             // "Audit trail intact: …" / "… does NOT verify at entry 17"
inline constexpr char chainProblem[] = "chainProblem";           // what does not verify, in full
inline constexpr char chainWarning[] = "chainWarning";           // a checkpoint slot that does not verify
inline constexpr char auditVerifyButton[] = "auditVerifyButton";
inline constexpr char auditRecordFilter[] = "auditRecordFilter"; // record id, or empty for all
inline constexpr char auditCount[] = "auditCount";               // "1,204 entries"
inline constexpr char auditEntryDetails[] = "auditEntryDetails";
inline constexpr char auditUnavailable[] = "auditUnavailable";   // why there is no trail to show

} // namespace parity::gui::names
