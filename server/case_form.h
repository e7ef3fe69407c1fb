#pragma once
// A case as POST requests carries it (Open311 fields and the kiosk's extensions, docs/api.md
// "Filing"), read from its form with every field the server knows checked; the first field that
// is wrong is named in the error. Fields the server does not know are ignored, as Open311 servers
// ignore each other's extensions, and nothing of them is stored.
#include <string>

#include "case_store.h"
#include "core/case_catalog.h"
#include "form_body.h"

namespace kiosk::server {

inline constexpr std::size_t kMaxDescriptionChars = 4000;

struct CaseFormRead {
    NewRequest request;  // without `at`: the server's time is set when it is filed
    const core::CaseCategory* category = nullptr;
    std::string error;  // "": the case may be filed
};

CaseFormRead readCaseForm(const FormBody& form, const core::CaseCatalog& catalog);

}  // namespace kiosk::server
