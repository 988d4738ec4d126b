// Messages in the clerk's language: English, or Spanish when asked for "es".
#pragma once

#include <string>

namespace parity::arkansas {

class Language {
public:
    explicit Language(const std::string& code) : m_spanish(code == "es") {}
    const char* pick(const char* english, const char* spanish) const { return m_spanish ? spanish : english; }
    std::string pick(const std::string& english, const std::string& spanish) const {
        return m_spanish ? spanish : english;
    }
    bool spanish() const { return m_spanish; }

private:
    bool m_spanish;
};

} // namespace parity::arkansas
