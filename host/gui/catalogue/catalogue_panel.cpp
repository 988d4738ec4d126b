#include "catalogue/catalogue_panel.h"

#include "catalogue/catalogue_nodes.h"
#include "common/wx_strings.h"
#include "main_window/window_names.h"

#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include <initializer_list>
#include <string>

namespace parity::gui {
namespace {

// Separates the facts on one tree row; an em dash reads better than a comma between
// a name and a phone number.
const wxString kSeparator = L" \u2014 ";

wxString jurisdictionLabel(const LoadedPlugin& plugin) {
    const JurisdictionIdentity& id = plugin.identity;
    return fromUtf8(id.displayName) + kSeparator + fromUtf8(id.id) + " " + fromUtf8(id.version) +
           kSeparator + fromUtf8(id.timeZone) + kSeparator +
           wxString::Format(_("Forms: %d"), static_cast<int>(plugin.forms.size()));
}

wxString agencyLabel(const ReportingAgency& agency) {
    wxString label = fromUtf8(agency.name);
    // Some agencies publish no phone (reports go online) or cite no statute of their own.
    for (const std::string* part : {&agency.phone, &agency.statute}) {
        if (!part->empty())
            label += kSeparator + fromUtf8(*part);
    }
    return label;
}

/// One "Label: value" line; a missing value is said, not left blank, so a clerk knows
/// the directory has no such number rather than suspecting a display fault.
void addLine(wxString& text, const wxString& label, const std::string& value) {
    text << label << ": " << (value.empty() ? _("none published") : fromUtf8(value)) << '\n';
}

wxString jurisdictionDetails(const LoadedPlugin& plugin) {
    const JurisdictionIdentity& id = plugin.identity;
    wxString text = fromUtf8(id.displayName) + "\n\n";
    addLine(text, _("Plugin id"), id.id);
    addLine(text, _("Plugin version"), id.version);
    addLine(text, _("State"), id.stateCode);
    addLine(text, _("Time zone for deadlines"), id.timeZone);
    text << wxString::Format(_("Forms: %d"), static_cast<int>(plugin.forms.size())) << '\n';
    text << wxString::Format(_("Reporting agencies: %d"), static_cast<int>(plugin.agencies.size())) << '\n';
    addLine(text, _("Built for plugin SDK"), plugin.sdk.toString());
    text << _("File") << ": " << fromPath(plugin.path) << '\n';
    return text;
}

wxString agencyDetails(const AgencyNode& node) {
    const ReportingAgency& agency = node.agency();
    wxString text = fromUtf8(agency.name) + "\n\n";
    addLine(text, _("Jurisdiction"), node.jurisdictionName());
    addLine(text, _("Phone"), agency.phone);
    addLine(text, _("Alternate phone"), agency.alternatePhone);
    addLine(text, _("TDD/TTY"), agency.tdd);
    addLine(text, _("Online"), agency.online);
    addLine(text, _("Statute"), agency.statute);
    addLine(text, _("Takes reports about"), agency.covers);
    return text;
}

} // namespace

CataloguePanel::CataloguePanel(wxWindow* parent, Workspace& workspace)
    : wxPanel(parent, wxID_ANY) {
    const PluginHost& plugins = workspace.plugins();
    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3D);
    m_tree = new wxTreeCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxTR_DEFAULT_STYLE | wxTR_HIDE_ROOT | wxTR_SINGLE);
    m_tree->SetName(names::catalogueTree);
    // A text control rather than labels: clerks copy phone numbers and addresses from it.
    m_details = new wxTextCtrl(splitter, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                               wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    m_details->SetName(names::catalogueDetails);

    splitter->SetMinimumPaneSize(FromDIP(120));
    splitter->SetSashGravity(0.6);
    splitter->SplitVertically(m_tree, m_details);

    auto* layout = new wxBoxSizer(wxVERTICAL);
    layout->Add(splitter, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    SetSizer(layout);

    m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &CataloguePanel::onSelectionChanged, this);
    fillTree(plugins);
}

void CataloguePanel::fillTree(const PluginHost& plugins) {
    const wxTreeItemId root = m_tree->AddRoot(_("Jurisdictions"));
    for (const LoadedPlugin& plugin : plugins.loaded()) {
        const wxTreeItemId jurisdiction =
            m_tree->AppendItem(root, jurisdictionLabel(plugin), -1, -1, new JurisdictionNode(plugin));
        for (const ReportingAgency& agency : plugin.agencies)
            m_tree->AppendItem(jurisdiction, agencyLabel(agency), -1, -1,
                               new AgencyNode(agency, plugin.identity.displayName));
        m_tree->Expand(jurisdiction);
    }

    wxTreeItemIdValue cookie;
    if (const wxTreeItemId first = m_tree->GetFirstChild(root, cookie); first.IsOk()) {
        // Selecting fills the details text; done before the first layout, GTK allocates
        // its scroll bar a negative size (a Gtk-CRITICAL on every start). So once shown.
        CallAfter([this, first] {
            if (!m_tree->GetSelection().IsOk())   // the user may have been quicker
                m_tree->SelectItem(first);
        });
    } else {
        m_details->SetValue(_("No jurisdiction plugins are loaded.\n\n"
                              "The Plugins page (Ctrl+2) lists the folders that were searched "
                              "and any files that were rejected, with the reason."));
    }
}

void CataloguePanel::onSelectionChanged(wxTreeEvent& event) {
    const wxTreeItemId item = event.GetItem();
    const wxTreeItemData* data = item.IsOk() ? m_tree->GetItemData(item) : nullptr;
    if (const auto* jurisdiction = dynamic_cast<const JurisdictionNode*>(data))
        m_details->SetValue(jurisdictionDetails(jurisdiction->plugin()));
    else if (const auto* agency = dynamic_cast<const AgencyNode*>(data))
        m_details->SetValue(agencyDetails(*agency));
    else
        m_details->Clear();
}

} // namespace parity::gui
