#include "common/status_colours.h"

#include <wx/settings.h>

namespace parity::gui {
namespace {

bool darkTheme() {
    return wxSystemSettings::GetAppearance().IsDark();
}

} // namespace

wxColour errorTextColour() {
    return darkTheme() ? wxColour(255, 120, 120) : wxColour(176, 0, 32);
}

wxColour warningTextColour() {
    return darkTheme() ? wxColour(255, 200, 90) : wxColour(150, 90, 0);
}

wxColour goodTextColour() {
    return darkTheme() ? wxColour(120, 220, 140) : wxColour(0, 110, 40);
}

} // namespace parity::gui
