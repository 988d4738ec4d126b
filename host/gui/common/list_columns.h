// Report-mode list helpers shared by the list views.
#pragma once

class wxListCtrl;

namespace parity::gui {

/// Makes every column as wide as the wider of its header and its widest cell, so that
/// ids, versions and paths are never cut off. Call after the rows are filled.
void fitColumnsToContent(wxListCtrl& list);

} // namespace parity::gui
