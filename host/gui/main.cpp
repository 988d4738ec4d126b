// parity: the desktop app. All of it is in parity_gui; this file only names the wxApp.
#include "app/parity_app.h"

wxIMPLEMENT_APP(parity::gui::ParityApp);
