#include "common/markup.h"

namespace parity::gui {

wxString markupLiteral(const wxString& text) {
    wxString escaped;
    for (const wxUniChar c : text) {
        if (c == '&')
            escaped += "&amp;&amp;";
        else if (c == '<')
            escaped += "&lt;";
        else if (c == '>')
            escaped += "&gt;";
        else
            escaped += c;
    }
    return escaped;
}

wxString colouredMarkup(const wxString& text, const wxColour& colour) {
    if (!colour.IsOk())
        return markupLiteral(text);
    return "<span foreground=\"" + colour.GetAsString(wxC2S_HTML_SYNTAX) + "\">" + markupLiteral(text) + "</span>";
}

wxString headlineMarkup(const wxString& text, const wxColour& colour) {
    return "<big><b>" + colouredMarkup(text, colour) + "</b></big>";
}

} // namespace parity::gui
