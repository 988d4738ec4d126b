#include "rules/messages.h"

#include <utility>

namespace parity::rules {
namespace {

using Catalog = std::map<std::string, std::pair<const char*, const char*>>;   // key → {en, es}

const Catalog& catalog() {
    static const Catalog messages{
        {"required", {"“{label}” is required.", "Falta completar «{label}»."}},
        {"integer", {"“{label}” must be a whole number (you entered “{value}”).",
                     "«{label}» debe ser un número entero (escribió «{value}»)."}},
        {"decimal", {"“{label}” must be a number (you entered “{value}”).",
                     "«{label}» debe ser un número (escribió «{value}»)."}},
        {"boolean", {"“{label}” must be yes or no (you entered “{value}”).",
                     "«{label}» debe ser sí o no (escribió «{value}»)."}},
        {"date", {"“{label}” must be a date such as 2026-03-14 (you entered “{value}”).",
                  "«{label}» debe ser una fecha como 2026-03-14 (escribió «{value}»)."}},
        {"datetime", {"“{label}” must be a date and time such as 2026-03-14T09:30 (you entered “{value}”).",
                      "«{label}» debe ser una fecha y hora como 2026-03-14T09:30 (escribió «{value}»)."}},
        {"phone", {"“{label}” must be a phone number with 7 to 15 digits (you entered “{value}”).",
                   "«{label}» debe ser un número de teléfono de 7 a 15 dígitos (escribió «{value}»)."}},
        {"email", {"“{label}” must be an email address such as name@example.org (you entered “{value}”).",
                   "«{label}» debe ser un correo electrónico como nombre@ejemplo.org (escribió «{value}»)."}},
        {"choice", {"“{value}” is not one of the choices for “{label}”.",
                    "«{value}» no es una de las opciones de «{label}»."}},
        {"choice-twice", {"“{value}” is chosen twice in “{label}”.", "«{value}» está elegido dos veces en «{label}»."}},
        {"min", {"“{label}” must be at least {bound} (you entered {value}).",
                 "«{label}» debe ser como mínimo {bound} (escribió {value})."}},
        {"max", {"“{label}” must be at most {bound} (you entered {value}).",
                 "«{label}» debe ser como máximo {bound} (escribió {value})."}},
        {"min-date", {"“{label}” cannot be before {bound} (you entered {value}).",
                      "«{label}» no puede ser anterior a {bound} (escribió {value})."}},
        {"max-date", {"“{label}” cannot be after {bound} (you entered {value}).",
                      "«{label}» no puede ser posterior a {bound} (escribió {value})."}},
        {"future", {"“{label}” cannot be in the future (you entered {value}; it is now {bound}).",
                    "«{label}» no puede estar en el futuro (escribió {value}; ahora es {bound})."}},
        {"pattern", {"“{label}” is not in the expected format (you entered “{value}”).",
                     "«{label}» no tiene el formato esperado (escribió «{value}»)."}},
        {"max-length", {"“{label}” is too long: {length} characters, at most {bound}.",
                        "«{label}» es demasiado largo: {length} caracteres, como máximo {bound}."}},
        {"repeat-min-one", {"“{label}” needs at least 1 entry (it has {count}).",
                            "«{label}» necesita al menos 1 entrada (tiene {count})."}},
        {"repeat-max-one", {"“{label}” can have at most 1 entry (it has {count}).",
                            "«{label}» admite como máximo 1 entrada (tiene {count})."}},
        {"repeat-min", {"“{label}” needs at least {bound} entries (it has {count}).",
                        "«{label}» necesita al menos {bound} entradas (tiene {count})."}},
        {"repeat-max", {"“{label}” can have at most {bound} entries (it has {count}).",
                        "«{label}» admite como máximo {bound} entradas (tiene {count})."}},
        {"unknown-field", {"“{value}” is not a field of this form.", "«{value}» no es un campo de este formulario."}},
        {"json-type", {"“{label}” cannot be {given} here: it takes {expected}.",
                       "«{label}» no puede ser {given} aquí: admite {expected}."}},
        {"native-failed", {"The check “{value}” could not run: {reason}. Ask your administrator.",
                           "No se pudo ejecutar la comprobación «{value}»: {reason}. Consulte con su administrador."}},
    };
    return messages;
}

} // namespace

std::string fillPlaceholders(std::string text, const std::map<std::string, std::string>& values) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            const std::size_t close = text.find('}', i);
            if (close != std::string::npos) {
                auto it = values.find(text.substr(i + 1, close - i - 1));
                if (it != values.end()) {
                    out += it->second;
                    i = close;
                    continue;
                }
            }
        }
        out += text[i];
    }
    return out;
}

std::string message(const std::string& key, const std::string& lang, const std::map<std::string, std::string>& values) {
    auto it = catalog().find(key);
    if (it == catalog().end())
        return key;
    return fillPlaceholders(lang == "es" ? it->second.second : it->second.first, values);
}

} // namespace parity::rules
