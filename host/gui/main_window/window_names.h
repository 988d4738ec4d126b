// Names given to the main window's controls (wxWindow::SetName), so that GUI tests and
// accessibility tools find them with wxWindow::FindWindowByName instead of guessing at
// the widget tree. Renaming one breaks tests/gui.
#pragma once

namespace parity::gui::names {

inline constexpr char mainFrame[] = "mainFrame";
inline constexpr char databaseProblem[] = "databaseProblem";   // info bar: why the database is not open
inline constexpr char pageNotebook[] = "pluginNotebook";        // Catalogue | Plugins pages
inline constexpr char catalogueTree[] = "catalogueTree";
inline constexpr char catalogueDetails[] = "catalogueDetails";
inline constexpr char newRecordButton[] = "newRecordButton";  // catalogue: start a record of the selected form
inline constexpr char pluginSummary[] = "pluginSummary";        // "3 plugins loaded, 1 file rejected"
inline constexpr char loadedPluginsList[] = "loadedPluginsList";
inline constexpr char rejectedPluginsList[] = "rejectedPluginsList";
inline constexpr char installPluginButton[] = "installPluginButton";
inline constexpr char rejectionReason[] = "rejectionReason";    // full reason of the selected row

} // namespace parity::gui::names
