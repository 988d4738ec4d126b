// Text shown through wx label markup (SetLabelMarkup): emphasis and colour without
// SetFont(), which wxGTK measures before GTK has applied the new font (cut-off labels).
#pragma once

#include <wx/colour.h>
#include <wx/string.h>

namespace parity::gui {

/// `text` as a literal inside label markup: XML entities, and "&" doubled because wx
/// reads a single one as a mnemonic marker.
wxString markupLiteral(const wxString& text);

/// `text` in bold and one size larger, in `colour` when it is valid.
wxString headlineMarkup(const wxString& text, const wxColour& colour = wxColour());

/// `text` in `colour`.
wxString colouredMarkup(const wxString& text, const wxColour& colour);

} // namespace parity::gui
