#include "core/case_catalog.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "core/json_input.h"
#include "core/quick_phrases.h"
#include "core/text_rule.h"
#include "core/utf8.h"

namespace kiosk::core {
namespace {

using nlohmann::json;

std::string stringField(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

bool isCode(std::string_view code) {
    return !code.empty() && code.size() <= 32 && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

bool isHotline(std::string_view number) {
    return number.size() >= 3 && number.size() <= 20 &&
           std::all_of(number.begin(), number.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

// A category's questions, or the reason the category is skipped: a question the kiosk cannot ask
// correctly would get its cases refused by the platform.
std::optional<std::vector<CaseQuestion>> parseQuestions(const json& list, std::string& why) {
    if (!list.is_array() || list.size() > kMaxQuestionsPerCategory) {
        why = "questions must be a list of at most " + std::to_string(kMaxQuestionsPerCategory);
        return std::nullopt;
    }
    std::vector<CaseQuestion> out;
    std::set<std::string> codes;
    for (const json& item : list) {
        if (!item.is_object()) {
            why = "a question is not an object";
            return std::nullopt;
        }
        CaseQuestion q;
        q.code = stringField(item, "code");
        q.text = stringField(item, "text");
        const std::string kind = stringField(item, "kind");
        q.multiple = kind == "multi";
        const auto required = item.find("required");
        q.required = required != item.end() && required->is_boolean() && required->get<bool>();
        if (!isCode(q.code) || !codes.insert(q.code).second) {
            why = "a question needs its own code (a-z, 0-9, _)";
            return std::nullopt;
        }
        if (!isTextLine(q.text, kMaxQuestionChars) || (kind != "single" && kind != "multi")) {
            why = "question " + q.code + " needs a text of 1-" + std::to_string(kMaxQuestionChars) +
                  " characters and a kind (single or multi)";
            return std::nullopt;
        }
        const auto options = item.find("options");
        if (options == item.end() || !options->is_array() || options->size() < 2 ||
            options->size() > kMaxOptionsPerQuestion) {
            why = "question " + q.code + " needs 2-" + std::to_string(kMaxOptionsPerQuestion) + " options";
            return std::nullopt;
        }
        std::set<std::string> keys;
        for (const json& o : *options) {
            CaseQuestionOption option{o.is_object() ? stringField(o, "key") : "",
                                      o.is_object() ? stringField(o, "name") : ""};
            if (!isCode(option.key) || !keys.insert(option.key).second || !isTextLine(option.name, kMaxOptionChars)) {
                why = "question " + q.code + " has an option without its own key or a name of 1-" +
                      std::to_string(kMaxOptionChars) + " characters";
                return std::nullopt;
            }
            q.options.push_back(std::move(option));
        }
        out.push_back(std::move(q));
    }
    return out;
}

// One category, or the reason it was skipped.
std::optional<CaseCategory> parseCategory(const json& item, std::string& why) {
    if (!item.is_object()) {
        why = "not an object";
        return std::nullopt;
    }
    CaseCategory c;
    c.code = stringField(item, "code");
    c.name = stringField(item, "name");
    c.icon = stringField(item, "icon");
    c.scope = stringField(item, "scope");
    if (!isCode(c.code)) {
        why = "code must be 1-32 of a-z, 0-9, _";
        return std::nullopt;
    }
    if (!c.icon.empty() && !isCode(c.icon)) {
        why = "icon must be an icon's name (a-z, 0-9, _)";
        return std::nullopt;
    }
    if (!isTextLine(c.name, kMaxCategoryNameChars)) {
        why = "name must be 1-" + std::to_string(kMaxCategoryNameChars) + " printable characters";
        return std::nullopt;
    }
    if (!isTextLine(c.scope, kMaxScopeChars)) {
        why = "scope must be 1-" + std::to_string(kMaxScopeChars) + " printable characters";
        return std::nullopt;
    }
    const auto kinds = item.find("kinds");
    if (kinds == item.end() || !kinds->is_array() || kinds->empty()) {
        why = "kinds must list complaint, report and/or advice";
        return std::nullopt;
    }
    for (const auto& k : *kinds) {
        const auto kind = k.is_string() ? caseKindFromName(k.get<std::string>()) : std::nullopt;
        if (!kind) {
            why = "kinds holds a kind other than complaint, report and advice";
            return std::nullopt;
        }
        if (!c.takes(*kind)) c.kinds.push_back(*kind);
    }
    if (const auto transfer = item.find("transfer"); transfer != item.end()) {
        CaseTransfer t{transfer->is_object() ? stringField(*transfer, "department") : "",
                       transfer->is_object() ? stringField(*transfer, "hotline") : ""};
        if (!isTextLine(t.department, 40) || !isHotline(t.hotline)) {
            why = "transfer needs a department and a hotline of digits";
            return std::nullopt;
        }
        c.transfer = t;
    }
    // Phrases follow the quick-phrase rules (short printable lines); a bad one is dropped alone.
    if (const auto phrases = item.find("phrases"); phrases != item.end()) {
        const QuickPhrasesLoad load = parseQuickPhrases(json{{c.code, *phrases}}.dump());
        if (const auto it = load.byContext.find(c.code); it != load.byContext.end()) c.phrases = it->second;
    }
    if (const auto questions = item.find("questions"); questions != item.end()) {
        auto parsed = parseQuestions(*questions, why);
        if (!parsed) return std::nullopt;
        c.questions = std::move(*parsed);
    }
    return c;
}

std::optional<CommunityPlaces> parseCommunity(const json& item, std::string& why) {
    if (!item.is_object()) {
        why = "not an object";
        return std::nullopt;
    }
    CommunityPlaces c{stringField(item, "id"), stringField(item, "name"), {}};
    if (!isCode(c.id) || !isTextLine(c.name, 20)) {
        why = "needs an id (a-z, 0-9, _) and a name";
        return std::nullopt;
    }
    const auto places = item.find("places");
    if (places != item.end() && places->is_array()) {
        for (const auto& p : *places) {
            const std::string place = p.is_string() ? p.get<std::string>() : std::string{};
            if (!isTextLine(place, kMaxPlaceChars)) continue;
            if (std::find(c.places.begin(), c.places.end(), place) != c.places.end()) continue;
            if (c.places.size() == kMaxPlacesPerCommunity) break;
            c.places.push_back(place);
        }
    }
    return c;
}

}  // namespace

std::optional<CaseKind> caseKindFromName(std::string_view name) {
    if (name == "complaint") return CaseKind::Complaint;
    if (name == "report") return CaseKind::Report;
    if (name == "advice") return CaseKind::Advice;
    return std::nullopt;
}

std::string_view caseKindName(CaseKind kind) {
    switch (kind) {
        case CaseKind::Report: return "report";
        case CaseKind::Advice: return "advice";
        case CaseKind::Complaint:
        default: return "complaint";
    }
}

const CaseQuestion* CaseCategory::question(std::string_view questionCode) const {
    for (const auto& q : questions) {
        if (q.code == questionCode) return &q;
    }
    return nullptr;
}

bool CaseQuestion::offers(std::string_view key) const {
    return std::any_of(options.begin(), options.end(), [&](const CaseQuestionOption& o) { return o.key == key; });
}

bool CaseCategory::takes(CaseKind kind) const {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

const CaseCategory* CaseCatalog::category(std::string_view code) const {
    for (const auto& c : categories) {
        if (c.code == code) return &c;
    }
    return nullptr;
}

const CommunityPlaces* CaseCatalog::community(std::string_view id) const {
    for (const auto& c : communities) {
        if (c.id == id) return &c;
    }
    return nullptr;
}

std::vector<const CaseCategory*> CaseCatalog::categoriesFor(CaseKind kind) const {
    std::vector<const CaseCategory*> out;
    for (const auto& c : categories) {
        if (c.takes(kind)) out.push_back(&c);
    }
    return out;
}

CaseCatalogLoad parseCaseCatalog(const std::string& text) {
    CaseCatalogLoad out;
    const JsonInput in = readJson(text);
    const json& doc = in.value;
    if (!in.ok() || !doc.is_object()) {
        out.problems.push_back("case catalog: " + (in.ok() ? std::string("not a JSON object") : in.problem));
        return out;
    }
    CaseCatalog catalog;
    catalog.version = stringField(doc, "version");
    // The version is logged: a plain token or none (a version that is not one is not quoted).
    if (!catalog.version.empty() && !isPlainToken(catalog.version, 64)) {
        out.problems.push_back("case catalog: 'version' is not printable ASCII without spaces; ignored");
        catalog.version.clear();
    }
    std::set<std::string> codes;
    const auto categories = doc.find("categories");
    if (categories != doc.end() && categories->is_array()) {
        for (std::size_t i = 0; i < categories->size(); ++i) {
            std::string why;
            auto c = parseCategory((*categories)[i], why);
            if (c && !codes.insert(c->code).second) why = "code " + c->code + " repeats an earlier one";
            if (!why.empty()) {
                out.problems.push_back("case catalog: category #" + std::to_string(i + 1) + " skipped: " + why);
                continue;
            }
            catalog.categories.push_back(std::move(*c));
        }
    }
    std::set<std::string> ids;
    const auto communities = doc.find("communities");
    if (communities != doc.end() && communities->is_array()) {
        for (std::size_t i = 0; i < communities->size(); ++i) {
            std::string why;
            auto c = parseCommunity((*communities)[i], why);
            if (c && !ids.insert(c->id).second) why = "id " + c->id + " repeats an earlier one";
            if (!why.empty()) {
                out.problems.push_back("case catalog: community #" + std::to_string(i + 1) + " skipped: " + why);
                continue;
            }
            catalog.communities.push_back(std::move(*c));
        }
    }
    // A case needs a category and a place: without either, filing is not offered at all.
    if (catalog.categories.empty() || catalog.communities.empty()) {
        out.problems.push_back("case catalog: no usable categories or communities; filing is unavailable");
        return out;
    }
    out.catalog = std::move(catalog);
    return out;
}

CaseCatalogLoad loadCaseCatalogFile(const std::string& path) {
    std::ifstream in(path);
    if (!in) return {std::nullopt, {"case catalog: cannot read " + path}};
    std::stringstream text;
    text << in.rdbuf();
    return parseCaseCatalog(text.str());
}

}  // namespace kiosk::core
