// A report list over rows the view keeps itself (wxLC_VIRTUAL): wx asks for the text of
// the visible cells only, so a trail of 100,000 audit entries shows at once and scrolls
// freely. Clicking a column header sorts by it (again: the other way round) and shows
// the header's arrow. Shared by the records, audit and compliance pages.
#pragma once

#include <wx/listctrl.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace parity::gui {

class SortableList : public wxListCtrl {
public:
    /// The text of `column` in model row `row`.
    using CellText = std::function<wxString(std::size_t row, int column)>;
    /// Whether model row `a` comes before `b` when sorted up by `column`.
    using RowLess = std::function<bool(std::size_t a, std::size_t b, int column)>;
    /// Colours of model row `row`, or nullptr for the default ones.
    using RowStyle = std::function<const wxItemAttr*(std::size_t row)>;

    SortableList(wxWindow* parent, const char* name, CellText text);

    /// Makes the header clickable; without it the rows stay in model order.
    void enableSorting(RowLess less) { m_less = std::move(less); }
    void setRowStyle(RowStyle style) { m_style = std::move(style); }

    /// The model now has `count` rows (their contents may all have changed): shows them
    /// in the current sort order. The selection is cleared.
    void showRows(std::size_t count);
    /// Sorts by `column` (as a click on its header does) and shows the arrow.
    void sortBy(int column, bool ascending);
    std::optional<int> sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_ascending; }

    /// The model row shown at list position `item`.
    std::size_t modelRow(long item) const { return m_order.at(static_cast<std::size_t>(item)); }
    /// Where model row `row` is shown, or -1 when it is not.
    long itemOf(std::size_t row) const;
    /// The selected model row, if any.
    std::optional<std::size_t> selectedRow() const;
    /// Selects, focuses and scrolls to model row `row`.
    void selectRow(std::size_t row);

    /// Widens each column to its header and the widest text among the first
    /// `sampleRows` rows (measuring all of a long trail would take longer than showing it).
    void fitColumns(std::size_t sampleRows = 500);

private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;
    void onColumnClicked(wxListEvent& event);
    void applyOrder();
    /// The next selected list position after `after` (-1: from the start), or -1.
    long nextSelected(long after) const;

    CellText m_text;
    RowLess m_less;
    RowStyle m_style;
    std::vector<std::size_t> m_order;   ///< model rows in the order shown
    std::optional<int> m_sortColumn;
    bool m_ascending = true;
};

} // namespace parity::gui
