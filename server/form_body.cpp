#include "form_body.h"

namespace kiosk::server {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes '+' (a space) and %XX; false on a '%' without two hex digits after it.
bool decode(std::string_view text, std::string& out) {
    out.clear();
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= text.size()) return false;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0) return false;
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += c;
        }
    }
    return true;
}

}  // namespace

std::optional<FormBody> FormBody::parse(std::string_view body, std::string* error) {
    FormBody form;
    std::size_t start = 0;
    while (start <= body.size()) {
        const std::size_t amp = std::min(body.find('&', start), body.size());
        const std::string_view pair = body.substr(start, amp - start);
        start = amp + 1;
        if (pair.empty()) continue;  // "a=1&&b=2", a trailing '&': nothing there to read
        const std::size_t eq = pair.find('=');
        FormField field;
        if (!decode(pair.substr(0, eq), field.name) ||
            (eq != std::string_view::npos && !decode(pair.substr(eq + 1), field.value))) {
            if (error) *error = "the form has a '%' not followed by two hex digits";
            return std::nullopt;
        }
        if (field.name.empty()) {
            if (error) *error = "the form has a field without a name";
            return std::nullopt;
        }
        form.fields_.push_back(std::move(field));
    }
    return form;
}

std::size_t FormBody::count(std::string_view name) const {
    std::size_t n = 0;
    for (const FormField& f : fields_) n += f.name == name ? 1 : 0;
    return n;
}

const std::string* FormBody::first(std::string_view name) const {
    for (const FormField& f : fields_) {
        if (f.name == name) return &f.value;
    }
    return nullptr;
}

std::vector<std::string> FormBody::all(std::string_view name) const {
    std::vector<std::string> out;
    for (const FormField& f : fields_) {
        if (f.name == name) out.push_back(f.value);
    }
    return out;
}

FormBody FormBody::withoutEmptyValues() const {
    FormBody out;
    for (const FormField& f : fields_) {
        if (!f.value.empty()) out.fields_.push_back(f);
    }
    return out;
}

}  // namespace kiosk::server
