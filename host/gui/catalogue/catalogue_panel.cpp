#include "catalogue/catalogue_panel.h"

#include "catalogue/catalogue_nodes.h"
#include "common/wx_strings.h"
#include "main_window/window_names.h"
#include "record/record_window.h"

#include <wx/button.h>
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

wxString formDetails(const CatalogForm& form, const std::string& language) {
    const forms::FormDefinition& definition = form.form->definition();
    wxString text = fromUtf8(forms::localized(definition.title, language)) + "\n\n";
    if (const std::string description = forms::localized(definition.description, language); !description.empty())
        text << fromUtf8(description) << "\n\n";
    addLine(text, _("Form id"), definition.id);
    addLine(text, _("Form version"), definition.version);
    addLine(text, _("Jurisdiction"), form.pluginId.empty() ? std::string("core") : form.pluginId);
    std::string languages;
    for (const std::string& code : definition.languages)
        languages += (languages.empty() ? "" : ", ") + code;
    addLine(text, _("Languages"), languages);
    text << wxString::Format(_("Questions: %d"), static_cast<int>(definition.fields.size())) << '\n';
    text << '\n' << _("Press Enter or New Record to start filling it.") << '\n';
    return text;
}

} // namespace

CataloguePanel::CataloguePanel(wxWindow* parent, Workspace& workspace)
    : wxPanel(parent, wxID_ANY), m_workspace(workspace) {
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

    m_newRecord = new wxButton(this, wxID_ANY, _("&New Record"));
    m_newRecord->SetName(names::newRecordButton);
    m_newRecord->SetToolTip(_("Start filling the selected form (or press Enter on it)"));
    m_newRecord->Disable();

    auto* layout = new wxBoxSizer(wxVERTICAL);
    layout->Add(splitter, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    layout->Add(m_newRecord, wxSizerFlags().Right().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    SetSizer(layout);

    m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &CataloguePanel::onSelectionChanged, this);
    m_tree->Bind(wxEVT_TREE_ITEM_ACTIVATED, [this](wxTreeEvent& event) {
        if (dynamic_cast<const FormNode*>(m_tree->GetItemData(event.GetItem())))
            startSelectedForm();
        else
            event.Skip();   // expand or collapse, as usual
    });
    m_newRecord->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startSelectedForm(); });
    fillTree();
}

void CataloguePanel::appendForms(const wxTreeItemId& parent, const std::string& pluginId) {
    for (const CatalogForm& form : m_workspace.catalog().forms()) {
        if (form.pluginId != pluginId)
            continue;
        const forms::FormDefinition& definition = form.form->definition();
        m_tree->AppendItem(parent, fromUtf8(forms::localized(definition.title, m_workspace.language())), -1, -1,
                           new FormNode(form.id()));
    }
}

void CataloguePanel::fillTree() {
    const wxTreeItemId root = m_tree->AddRoot(_("Jurisdictions"));
    for (const LoadedPlugin& plugin : m_workspace.plugins().loaded()) {
        const wxTreeItemId jurisdiction =
            m_tree->AppendItem(root, jurisdictionLabel(plugin), -1, -1, new JurisdictionNode(plugin));
        for (const ReportingAgency& agency : plugin.agenciesIn(m_workspace.language()))
            m_tree->AppendItem(jurisdiction, agencyLabel(agency), -1, -1,
                               new AgencyNode(agency, plugin.identity.displayName));
        const wxTreeItemId forms = m_tree->AppendItem(jurisdiction, _("Forms"));
        appendForms(forms, plugin.identity.id);
        m_tree->Expand(forms);
        m_tree->Expand(jurisdiction);
    }
    // The national core forms work without any plugin (an agency outside the three states).
    const wxTreeItemId core = m_tree->AppendItem(root, _("National core forms"));
    appendForms(core, "");
    m_tree->Expand(core);

    wxTreeItemIdValue cookie;
    if (const wxTreeItemId first = m_tree->GetFirstChild(root, cookie);
        first.IsOk() && !m_workspace.plugins().loaded().empty()) {
        // Selecting fills the details text; done before the first layout, GTK allocates
        // its scroll bar a negative size (a Gtk-CRITICAL on every start). So once shown.
        CallAfter([this, first] {
            if (!m_tree->GetSelection().IsOk())   // the user may have been quicker
                m_tree->SelectItem(first);
        });
    } else {
        m_details->SetValue(_("No jurisdiction plugins are loaded.\n\n"
                              "The Plugins page (Ctrl+5) lists the folders that were searched "
                              "and any files that were rejected, with the reason."));
    }
}

std::string CataloguePanel::selectedFormId() const {
    const wxTreeItemId item = m_tree->GetSelection();
    const auto* form = item.IsOk() ? dynamic_cast<const FormNode*>(m_tree->GetItemData(item)) : nullptr;
    return form ? form->formId() : std::string();
}

void CataloguePanel::startSelectedForm() {
    const std::string formId = selectedFormId();
    if (!formId.empty())
        openNewRecord(wxGetTopLevelParent(this), m_workspace, formId);
}

void CataloguePanel::onSelectionChanged(wxTreeEvent& event) {
    const wxTreeItemId item = event.GetItem();
    const wxTreeItemData* data = item.IsOk() ? m_tree->GetItemData(item) : nullptr;
    m_newRecord->Enable(dynamic_cast<const FormNode*>(data) != nullptr);
    if (const auto* jurisdiction = dynamic_cast<const JurisdictionNode*>(data))
        m_details->SetValue(jurisdictionDetails(jurisdiction->plugin()));
    else if (const auto* agency = dynamic_cast<const AgencyNode*>(data))
        m_details->SetValue(agencyDetails(*agency));
    else if (const auto* form = dynamic_cast<const FormNode*>(data))
        m_details->SetValue(formDetails(*m_workspace.catalog().find(form->formId()), m_workspace.language()));
    else
        m_details->Clear();
}

} // namespace parity::gui
