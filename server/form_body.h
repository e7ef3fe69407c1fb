#pragma once
// An application/x-www-form-urlencoded body as Open311 clients post it, parsed by the server
// itself rather than by cpp-httplib: Debian's library refuses such bodies over 8 KB (a limit
// compiled in), and 4,000 Chinese characters percent-encoded are 36 KB. Strict: a '%' not
// followed by two hex digits is an error, never passed through; repeated names (attribute[CODE],
// kiosk_media_url) keep every value in the order sent.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::server {

struct FormField {
    std::string name;  // percent-decoded bytes: not yet known to be UTF-8
    std::string value;
};

class FormBody {
public:
    // The fields of `body`, or nullopt with `error` saying what is malformed.
    static std::optional<FormBody> parse(std::string_view body, std::string* error = nullptr);

    const std::vector<FormField>& fields() const { return fields_; }
    std::size_t count(std::string_view name) const;
    // The value of the first field named `name`, or nullptr.
    const std::string* first(std::string_view name) const;
    std::vector<std::string> all(std::string_view name) const;
    // The same form without its empty fields: Open311's "Optional" — "the response should be the
    // same whether a parameter is passed and is empty or is not passed at all".
    FormBody withoutEmptyValues() const;

private:
    std::vector<FormField> fields_;
};

}  // namespace kiosk::server
