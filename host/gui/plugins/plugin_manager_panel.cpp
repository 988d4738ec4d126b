#include "plugins/plugin_manager_panel.h"

#include "common/list_columns.h"
#include "common/markup.h"
#include "common/wx_strings.h"
#include "main_window/window_names.h"
#include "plugins/plugin_search_path.h"

#include <wx/listctrl.h>
#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace parity::gui {
namespace {

enum LoadedColumn { kIdColumn, kNameColumn, kVersionColumn, kSdkColumn, kFormsColumn, kPathColumn };
enum RejectedColumn { kFileColumn, kReasonColumn };

wxString summaryLine(const PluginHost& plugins) {
    const int loaded = static_cast<int>(plugins.loaded().size());
    const int rejected = static_cast<int>(plugins.rejected().size());
    return wxString::Format(wxPLURAL("%d plugin loaded", "%d plugins loaded", loaded), loaded) + ", " +
           wxString::Format(wxPLURAL("%d file rejected", "%d files rejected", rejected), rejected);
}

wxString searchedLine(const std::vector<std::filesystem::path>& directories) {
    wxString text = _("Folders searched, in order:");
    for (const auto& directory : directories)
        text << "\n    " << fromPath(directory);
    return text;
}

/// Emphasis through label markup, not SetFont(): wxGTK measures a label before GTK has
/// applied a new font, so a bold text sized in the regular font was cut short.
wxStaticText* emphasisedLabel(wxWindow* parent, const wxString& text, const char* open, const char* close) {
    auto* label = new wxStaticText(parent, wxID_ANY, wxString());
    label->SetLabelMarkup(open + markupLiteral(text) + close);
    return label;
}

wxStaticText* sectionHeading(wxWindow* parent, const wxString& text) {
    return emphasisedLabel(parent, text, "<b>", "</b>");
}

} // namespace

PluginManagerPanel::PluginManagerPanel(wxWindow* parent, Workspace& workspace)
    : wxPanel(parent, wxID_ANY), m_workspace(workspace), m_rejectedPlugins(workspace.plugins().rejected()) {
    const PluginHost& plugins = workspace.plugins();
    const std::vector<std::filesystem::path>& searchedDirectories = workspace.options().pluginDirectories;
    auto* summary = emphasisedLabel(this, summaryLine(plugins), "<big><b>", "</b></big>");
    summary->SetName(names::pluginSummary);

    m_loaded = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    m_loaded->SetName(names::loadedPluginsList);
    m_loaded->AppendColumn(_("Id"));
    m_loaded->AppendColumn(_("Name"));
    m_loaded->AppendColumn(_("Version"));
    m_loaded->AppendColumn(_("SDK"));
    m_loaded->AppendColumn(_("Forms"), wxLIST_FORMAT_RIGHT);
    m_loaded->AppendColumn(_("Path"));

    m_rejected = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    m_rejected->SetName(names::rejectedPluginsList);
    m_rejected->AppendColumn(_("File"));
    m_rejected->AppendColumn(_("Reason"));

    // Reasons quote the dynamic loader and can run past any column; the selected one is
    // shown here in full, wrapped, and can be copied into a support request.
    m_reason = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    m_reason->SetName(names::rejectionReason);
    m_reason->SetMinSize(wxSize(-1, 4 * m_reason->GetCharHeight()));

    auto* searched = new wxStaticText(this, wxID_ANY, searchedLine(searchedDirectories));

    const int gap = FromDIP(6);
    auto* layout = new wxBoxSizer(wxVERTICAL);
    layout->Add(summary, wxSizerFlags().Border(wxALL, gap));
    layout->Add(sectionHeading(this, _("Loaded")), wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    layout->Add(m_loaded, wxSizerFlags(3).Expand().Border(wxALL, gap));
    layout->Add(sectionHeading(this, _("Rejected")), wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    layout->Add(m_rejected, wxSizerFlags(2).Expand().Border(wxALL, gap));
    layout->Add(m_reason, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    auto* install = new wxButton(this, wxID_ANY, _("&Install Plugin…"));
    install->SetName(names::installPluginButton);
    install->SetToolTip(_("Check a plugin file and copy it into your plugin folder"));
    auto* footer = new wxBoxSizer(wxHORIZONTAL);
    footer->Add(searched, wxSizerFlags(1).CentreVertical());
    footer->Add(install, wxSizerFlags().CentreVertical());
    layout->Add(footer, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizer(layout);
    install->Bind(wxEVT_BUTTON, &PluginManagerPanel::onInstall, this);

    m_rejected->Bind(wxEVT_LIST_ITEM_SELECTED, &PluginManagerPanel::onRejectedSelected, this);
    fillLoaded(plugins);
    fillRejected(plugins);
}

void PluginManagerPanel::fillLoaded(const PluginHost& plugins) {
    for (const LoadedPlugin& plugin : plugins.loaded()) {
        const long row = m_loaded->InsertItem(m_loaded->GetItemCount(), fromUtf8(plugin.identity.id));
        m_loaded->SetItem(row, kNameColumn, fromUtf8(plugin.identity.displayName));
        m_loaded->SetItem(row, kVersionColumn, fromUtf8(plugin.identity.version));
        m_loaded->SetItem(row, kSdkColumn, fromUtf8(plugin.sdk.toString()));
        m_loaded->SetItem(row, kFormsColumn, wxString::Format("%d", static_cast<int>(plugin.forms.size())));
        m_loaded->SetItem(row, kPathColumn, fromPath(plugin.path));
    }
    fitColumnsToContent(*m_loaded);
}

void PluginManagerPanel::fillRejected(const PluginHost& plugins) {
    for (const RejectedPlugin& rejected : plugins.rejected()) {
        const long row = m_rejected->InsertItem(m_rejected->GetItemCount(), fromPath(rejected.path));
        m_rejected->SetItem(row, kReasonColumn, fromUtf8(rejected.reason));
    }
    fitColumnsToContent(*m_rejected);

    if (m_rejectedPlugins.empty()) {
        m_reason->SetValue(_("No files were rejected."));
    } else {
        // Show the first reason straight away: with one bad file (the usual case) the
        // administrator reads it without having to click. Once laid out, because a long
        // text in a not yet sized text control makes GTK size its scroll bar negative.
        CallAfter([this] {
            if (m_rejected->GetSelectedItemCount() == 0)
                m_rejected->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        });
    }
}

void PluginManagerPanel::onRejectedSelected(wxListEvent& event) {
    const long row = event.GetIndex();
    if (row < 0 || static_cast<std::size_t>(row) >= m_rejectedPlugins.size())
        return;
    const RejectedPlugin& rejected = m_rejectedPlugins[static_cast<std::size_t>(row)];
    m_reason->SetValue(fromPath(rejected.path) + "\n" + fromUtf8(rejected.reason));
}

PluginInstallation PluginManagerPanel::install(const std::filesystem::path& file) {
    PluginInstallation result = installPlugin(file, userPluginDirectory(), m_workspace.plugins());
    if (result.installed && !m_workspace.addPlugin(result.installedAt)) {
        // It loaded a moment ago; if the copy does not, say what the loader says now.
        result.installed = false;
        const auto& rejected = m_workspace.plugins().rejected();
        result.reason = rejected.empty() ? "the installed copy did not load." : rejected.back().reason;
    }
    return result;
}

void PluginManagerPanel::onInstall(wxCommandEvent&) {
    wxFileDialog dialog(this, _("Install a jurisdiction plugin"), wxEmptyString, wxEmptyString,
                        wxString::Format(_("Parity plugins (*%s)|*%s"), fromUtf8(std::string(pluginFileSuffix())),
                                         fromUtf8(std::string(pluginFileSuffix()))),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK)
        return;
    // Our workspace outlives this page (the page is rebuilt when a plugin is added): keep
    // what the dialog needs before installing.
    wxWindow* owner = wxGetTopLevelParent(this);
    const PluginInstallation result = install(toPath(dialog.GetPath()));
    if (result.installed)
        wxMessageBox(wxString::Format(_("The plugin '%s' is installed in %s and its forms can be used now."),
                                      fromUtf8(result.pluginId), fromPath(result.installedAt.parent_path())),
                     _("Install Plugin"), wxOK | wxICON_INFORMATION, owner);
    else
        wxMessageBox(wxString::Format(_("The plugin was not installed.\n\n%s"), fromUtf8(result.reason)),
                     _("Install Plugin"), wxOK | wxICON_ERROR, owner);
}

} // namespace parity::gui
