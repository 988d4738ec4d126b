#include "common/list_columns.h"

#include <wx/listctrl.h>

#include <algorithm>

namespace parity::gui {

void fitColumnsToContent(wxListCtrl& list) {
    // wxLIST_AUTOSIZE measures the cells only and wxLIST_AUTOSIZE_USEHEADER the header
    // only (on GTK's generic list), so take the larger of the two.
    for (int column = 0; column < list.GetColumnCount(); ++column) {
        list.SetColumnWidth(column, wxLIST_AUTOSIZE);
        const int cells = list.GetColumnWidth(column);
        list.SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
        const int header = list.GetColumnWidth(column);
        list.SetColumnWidth(column, std::max(cells, header));
    }
}

} // namespace parity::gui
