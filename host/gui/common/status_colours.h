// Colours that carry a meaning (a broken trail, a missed deadline, an intact chain),
// readable on the light and on the dark themes.
#pragma once

#include <wx/colour.h>

namespace parity::gui {

/// Red: something is wrong and needs a person.
wxColour errorTextColour();
/// Amber: at risk, needs attention.
wxColour warningTextColour();
/// Green: checked and fine.
wxColour goodTextColour();

} // namespace parity::gui
