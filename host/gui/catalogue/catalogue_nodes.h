// What each row of the catalogue tree stands for. The nodes hold copies, not pointers into
// the PluginHost, so the tree never depends on the order in which windows are destroyed.
#pragma once

#include "plugins/loaded_plugin.h"

#include <wx/treebase.h>

#include <string>
#include <utility>

namespace parity::gui {

class JurisdictionNode : public wxTreeItemData {
public:
    explicit JurisdictionNode(LoadedPlugin plugin) : m_plugin(std::move(plugin)) {}
    const LoadedPlugin& plugin() const { return m_plugin; }

private:
    LoadedPlugin m_plugin;
};

class AgencyNode : public wxTreeItemData {
public:
    AgencyNode(ReportingAgency agency, std::string jurisdictionName)
        : m_agency(std::move(agency)), m_jurisdictionName(std::move(jurisdictionName)) {}
    const ReportingAgency& agency() const { return m_agency; }
    const std::string& jurisdictionName() const { return m_jurisdictionName; }

private:
    ReportingAgency m_agency;
    std::string m_jurisdictionName;
};

/// A form a record can be started from.
class FormNode : public wxTreeItemData {
public:
    explicit FormNode(std::string formId) : m_formId(std::move(formId)) {}
    const std::string& formId() const { return m_formId; }

private:
    std::string m_formId;
};

} // namespace parity::gui
