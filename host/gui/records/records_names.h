// Names of the Records page's controls (wxWindow::SetName) for tests and accessibility
// tools. Renaming one breaks tests/gui.
#pragma once

namespace parity::gui::names {

inline constexpr char recordsPage[] = "recordsPage";
inline constexpr char recordsList[] = "recordsList";
inline constexpr char recordsSearch[] = "recordsSearch";         // client id or name, as you type
inline constexpr char recordsFormFilter[] = "recordsFormFilter";
inline constexpr char recordsStatusFilter[] = "recordsStatusFilter";
inline constexpr char recordsChangedFrom[] = "recordsChangedFrom"; // last change on or after (optional)
inline constexpr char recordsChangedTo[] = "recordsChangedTo";     // last change on or before (optional)
inline constexpr char recordsCount[] = "recordsCount";           // "3 of 12 records"
inline constexpr char recordsNewRecordButton[] = "recordsNewRecordButton";
inline constexpr char recordsUnavailable[] = "recordsUnavailable"; // why there is no list

} // namespace parity::gui::names
