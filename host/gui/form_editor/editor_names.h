// Names given to the form editor's and the record window's controls (wxWindow::SetName),
// so that GUI tests and accessibility tools find a field's control by the field's id
// instead of guessing at the widget tree. Renaming one breaks tests/gui.
#pragma once

#include <string>

namespace parity::gui::names {

inline constexpr char formEditor[] = "formEditor";
inline constexpr char formPanel[] = "formPanel";
inline constexpr char issueSummary[] = "issueSummary";            // the list of remaining errors
inline constexpr char issueSummaryHeading[] = "issueSummaryHeading";
inline constexpr char formIssues[] = "formIssues";                // errors about the form as a whole

inline constexpr char recordWindow[] = "recordWindow";
inline constexpr char submitButton[] = "submitButton";
inline constexpr char saveDraftButton[] = "saveDraftButton";
inline constexpr char signButton[] = "signButton";
inline constexpr char amendButton[] = "amendButton";
inline constexpr char cancelAmendmentButton[] = "cancelAmendmentButton";
inline constexpr char recordStatus[] = "recordStatus";
inline constexpr char recordNotebook[] = "recordNotebook";        // Answers | Version history | Audit trail
inline constexpr char versionList[] = "versionList";
inline constexpr char versionChanges[] = "versionChanges";
inline constexpr char versionReason[] = "versionReason";      // the selected version's reason in full
inline constexpr char recordAuditList[] = "recordAuditList";
inline constexpr char amendReasonDialog[] = "amendReasonDialog";
inline constexpr char amendReasonText[] = "amendReasonText";
inline constexpr char amendReasonProblem[] = "amendReasonProblem";

/// `item` is the 0-based item of a field inside a repeat group, -1 for a top-level field.
inline std::string fieldSuffix(const std::string& fieldId, int item) {
    return item < 0 ? fieldId : fieldId + "#" + std::to_string(item);
}
/// The control a clerk types or picks in ("field:agency", "field:additional_agency#1").
inline std::string fieldInput(const std::string& fieldId, int item = -1) { return "field:" + fieldSuffix(fieldId, item); }
/// The whole row (label, hint, control, issues): hidden when the field is not relevant.
/// The time-of-day part of a date-and-time field (its date part is fieldInput).
inline std::string fieldTime(const std::string& fieldId, int item = -1) { return "time:" + fieldSuffix(fieldId, item); }
inline std::string fieldRow(const std::string& fieldId, int item = -1) { return "row:" + fieldSuffix(fieldId, item); }
/// The issues shown beside the field.
inline std::string fieldIssues(const std::string& fieldId, int item = -1) { return "issues:" + fieldSuffix(fieldId, item); }
inline std::string fieldLabel(const std::string& fieldId, int item = -1) { return "label:" + fieldSuffix(fieldId, item); }
inline std::string addItemButton(const std::string& repeatId) { return "add:" + repeatId; }
inline std::string removeItemButton(const std::string& repeatId, int item) { return "remove:" + fieldSuffix(repeatId, item); }

} // namespace parity::gui::names
