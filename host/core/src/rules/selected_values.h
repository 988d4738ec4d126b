// A multiple-select answer holds its choice values separated by spaces (choice values
// are tokens without spaces), as XForms does.
#pragma once

#include <sstream>
#include <string>
#include <vector>

namespace parity::rules {

inline std::vector<std::string> selectedValues(const std::string& answer) {
    std::istringstream in(answer);
    std::vector<std::string> values;
    for (std::string value; in >> value;)
        values.push_back(value);
    return values;
}

} // namespace parity::rules
