#include "common/sortable_list.h"

#include <wx/dcclient.h>

#include <algorithm>
#include <numeric>

namespace parity::gui {

SortableList::SortableList(wxWindow* parent, const char* name, CellText text)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES),
      m_text(std::move(text)) {
    SetName(name);
    Bind(wxEVT_LIST_COL_CLICK, &SortableList::onColumnClicked, this);
}

void SortableList::showRows(std::size_t count) {
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), std::size_t{0});
    applyOrder();
    // A virtual list keeps its selection by position; after new rows it would point at
    // some other record.
    for (long item = nextSelected(-1); item != -1; item = nextSelected(item))
        SetItemState(item, 0, wxLIST_STATE_SELECTED);
    SetItemCount(static_cast<long>(count));
    Refresh();
}

void SortableList::sortBy(int column, bool ascending) {
    if (!m_less || column < 0 || column >= GetColumnCount())
        return;
    const std::optional<std::size_t> selected = selectedRow();
    m_sortColumn = column;
    m_ascending = ascending;
    std::sort(m_order.begin(), m_order.end());
    applyOrder();
    ShowSortIndicator(column, ascending);
    Refresh();
    if (selected)
        selectRow(*selected);   // the row the user chose stays chosen where it moved to
}

void SortableList::applyOrder() {
    if (!m_less || !m_sortColumn)
        return;
    const int column = *m_sortColumn;
    // Stable, and ties kept in model order either way: reversing a sort by status keeps
    // the records of one status in the order they were in.
    std::stable_sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) {
        return m_ascending ? m_less(a, b, column) : m_less(b, a, column);
    });
}

long SortableList::nextSelected(long after) const {
    return GetNextItem(after, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
}

long SortableList::itemOf(std::size_t row) const {
    const auto at = std::find(m_order.begin(), m_order.end(), row);
    return at == m_order.end() ? -1 : static_cast<long>(at - m_order.begin());
}

std::optional<std::size_t> SortableList::selectedRow() const {
    const long item = nextSelected(-1);
    if (item < 0 || static_cast<std::size_t>(item) >= m_order.size())
        return std::nullopt;
    return m_order[static_cast<std::size_t>(item)];
}

void SortableList::selectRow(std::size_t row) {
    const long item = itemOf(row);
    if (item < 0)
        return;
    for (long other = nextSelected(-1); other != -1; other = nextSelected(other))
        if (other != item)
            SetItemState(other, 0, wxLIST_STATE_SELECTED);
    SetItemState(item, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    EnsureVisible(item);
}

void SortableList::fitColumns(std::size_t sampleRows) {
    // wxLIST_AUTOSIZE measures the visible rows only in a virtual list, which before the
    // first paint are none. Measure the texts instead, in the list's own font.
    wxClientDC dc(this);
    dc.SetFont(GetFont());
    const int padding = FromDIP(16);
    // The header's font is the same or bolder; leave room for the sort arrow too.
    const int headerPadding = FromDIP(34);
    const std::size_t rows = std::min(sampleRows, m_order.size());
    for (int column = 0; column < GetColumnCount(); ++column) {
        wxListItem header;
        header.SetMask(wxLIST_MASK_TEXT);
        GetColumn(column, header);
        int width = dc.GetTextExtent(header.GetText()).x + headerPadding;
        for (std::size_t item = 0; item < rows; ++item) {
            wxString text = m_text(m_order[item], column);
            text = text.BeforeFirst('\n');
            width = std::max(width, dc.GetTextExtent(text).x + padding);
        }
        SetColumnWidth(column, std::min(width, FromDIP(480)));
    }
}

wxString SortableList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= m_order.size())
        return wxString();
    // One line per row: a list cell cannot show a line break, and GTK would draw a box.
    wxString text = m_text(m_order[static_cast<std::size_t>(item)], static_cast<int>(column));
    text.Replace("\n", " ");
    return text;
}

wxItemAttr* SortableList::OnGetItemAttr(long item) const {
    if (!m_style || item < 0 || static_cast<std::size_t>(item) >= m_order.size())
        return nullptr;
    // wx's signature is not const-correct: it only reads the attribute.
    return const_cast<wxItemAttr*>(m_style(m_order[static_cast<std::size_t>(item)]));
}

void SortableList::onColumnClicked(wxListEvent& event) {
    const int column = event.GetColumn();
    if (!m_less || column < 0)
        return;
    const bool ascending = m_sortColumn == column ? !m_ascending : true;
    sortBy(column, ascending);
}

} // namespace parity::gui
