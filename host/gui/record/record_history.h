// What happened to a stored record: its versions (who, when, why, which answers changed)
// and its entries in the audit trail.
#pragma once

#include "audit/audit_trail.h"
#include "catalog/form_catalog.h"
#include "rules/compiled_form.h"
#include "store/record_store.h"

#include <wx/panel.h>

#include <string>

class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace parity::gui {

/// One row per version, newest last; below it, the answers the selected version changed.
class VersionHistory : public wxPanel {
public:
    VersionHistory(wxWindow* parent, const store::Record& record, const rules::CompiledForm& form,
                   const std::string& language);

    void selectVersion(long row);

private:
    void showChanges(long row);

    store::Record m_record;
    const rules::CompiledForm& m_form;
    std::string m_language;
    wxListCtrl* m_versions;
    wxStaticText* m_changesHeading;
    wxStaticText* m_reason;
    wxListCtrl* m_changes;
};

/// The audit trail of one record (AuditTrail::forEach(recordId)), and the whole of the
/// selected entry below it.
class RecordAuditTrail : public wxPanel {
public:
    RecordAuditTrail(wxWindow* parent, audit::AuditTrail& trail, std::int64_t recordId, const FormCatalog& catalog,
                     const std::string& language);
};

} // namespace parity::gui
