// The control a clerk answers one field with, chosen by the field's type: text, notes,
// numbers, date and date-and-time pickers that may be left empty, a choice, a checklist,
// yes/no. Each turns the control's state into the text the FormSession holds and back;
// the session, not the control, keeps the answer.
#pragma once

#include "rules/compiled_form.h"

#include <date/tz.h>
#include <wx/string.h>

#include <functional>
#include <memory>
#include <string>

class wxSizer;
class wxWindow;

namespace parity::gui {

/// What every input needs to show a field.
struct FieldContext {
    std::string language;          ///< labels of choices
    std::string fallbackLanguage;  ///< the form's default language
    const date::time_zone* zone;   ///< date-and-time answers are read and written in it
};

class FieldInput {
public:
    virtual ~FieldInput() = default;
    /// The answer as the session holds it ("" for no answer).
    virtual std::string value() const = 0;
    /// Shows `value` without reporting a change.
    virtual void setValue(const std::string& value) = 0;
    /// Where the keyboard goes when the clerk is sent to this field.
    virtual wxWindow* focusTarget() = 0;
};

/// Creates the input for `plan`'s field as children of `parent`, added to `sizer`.
/// `changed` is called after each edit by the clerk. The focus target is named
/// names::fieldInput(field, item) (a date-and-time's time part names::fieldTime).
/// Calculated and read-only fields, and every field when `readOnly`, show their answer as
/// text that can be selected but not edited.
std::unique_ptr<FieldInput> makeFieldInput(wxWindow* parent, wxSizer* sizer, const rules::FieldPlan& plan,
                                           const FieldContext& context, bool readOnly,
                                           std::function<void()> changed, int item);

/// The answer as a clerk reads it: choice labels, "Yes"/"No", dates and times in the
/// jurisdiction's zone.
wxString displayText(const rules::FieldPlan& plan, const std::string& value, const FieldContext& context);

} // namespace parity::gui
