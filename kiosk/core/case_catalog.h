#pragma once
// What a resident can file and where: case categories (with their scope note, the kinds of case
// they take, a transfer department for matters outside the platform's scope, quick phrases) and
// each community's list of places. Content, from JSON (assets/demo/case_catalog.json, or the
// platform's categories feed); category codes are the Open311 service codes.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

enum class CaseKind {
    Complaint,  // 投诉: a problem to fix
    Report,     // 举报: misconduct by an official; identity protected
    Advice,     // 咨询建议
};
std::optional<CaseKind> caseKindFromName(std::string_view name);  // "complaint" | "report" | "advice"
std::string_view caseKindName(CaseKind kind);

// Outside the platform's scope: the case is still recorded, as a transfer (转办) to this department.
struct CaseTransfer {
    std::string department;
    std::string hotline;
};

// An extra question a category asks (Open311 attributes: a singlevaluelist or multivaluelist),
// answered with big choice buttons. Free text and numbers are not asked on the kiosk: the
// description step takes what a resident wants to say in words.
struct CaseQuestionOption {
    std::string key;   // what goes to the platform: attribute[CODE]=key
    std::string name;  // what the resident taps
};
struct CaseQuestion {
    std::string code;  // [a-z0-9_], unique in its category
    std::string text;  // 这个问题持续多久了？
    bool multiple = false;
    bool required = false;
    std::vector<CaseQuestionOption> options;
    bool offers(std::string_view key) const;
};

struct CaseCategory {
    std::string code;  // [a-z0-9_], unique
    std::string name;  // 环境卫生
    std::string icon;  // a widgets icon name; unknown names draw a generic one
    std::vector<CaseKind> kinds;
    std::string scope;  // 受理范围, shown under the choice
    std::optional<CaseTransfer> transfer;
    std::vector<std::string> phrases;     // quick phrases for the description step
    std::vector<CaseQuestion> questions;  // asked on their own step; none: the step is skipped
    bool takes(CaseKind kind) const;
    const CaseQuestion* question(std::string_view questionCode) const;
};

struct CommunityPlaces {
    std::string id;
    std::string name;
    std::vector<std::string> places;
};

struct CaseCatalog {
    std::string version;
    std::vector<CaseCategory> categories;
    std::vector<CommunityPlaces> communities;

    const CaseCategory* category(std::string_view code) const;
    const CommunityPlaces* community(std::string_view id) const;
    std::vector<const CaseCategory*> categoriesFor(CaseKind kind) const;
};

struct CaseCatalogLoad {
    std::optional<CaseCatalog> catalog;  // empty when nothing usable was found
    std::vector<std::string> problems;   // for the log: what was skipped and why
};

// Limits that keep content on screen; a record over them is skipped, not truncated.
// The category a case about a published payout (我要反映 on its detail) starts in: the code the
// bundled catalog and the platform's give to 低保 and subsidy matters. A catalog without it
// leaves the category for the resident to choose.
inline constexpr const char* kPayoutCategoryCode = "subsidy";

constexpr std::size_t kMaxCategoryNameChars = 8;
constexpr std::size_t kMaxScopeChars = 120;
constexpr std::size_t kMaxPlaceChars = 20;
constexpr std::size_t kMaxPlacesPerCommunity = 60;
// The questions of a category share one screen: a few, with a few short choices each.
constexpr std::size_t kMaxQuestionsPerCategory = 3;
constexpr std::size_t kMaxOptionsPerQuestion = 6;
constexpr std::size_t kMaxQuestionChars = 30;
constexpr std::size_t kMaxOptionChars = 8;

// Bad records are skipped and reported; never throws.
CaseCatalogLoad parseCaseCatalog(const std::string& json);
CaseCatalogLoad loadCaseCatalogFile(const std::string& path);

}  // namespace kiosk::core
