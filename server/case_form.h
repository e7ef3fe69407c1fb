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
    std::string error;      // "": the case may be filed
    bool notFound = false;  // the error is a service_code that is not a service (404, not 400)
};

CaseFormRead readCaseForm(const FormBody& form, const core::CaseCatalog& catalog);

// A resident's follow-up on a case (POST servicerequestupdates): service_request_id and
// description required; media_url (https), status (only `open`: a follow-up never closes a
// case) and updated_datetime (W3C) checked when given; the person's fields (email, first_name,
// last_name, phone, account_id) checked and never stored. Empty fields are absent fields.
struct FollowUpRead {
    std::string requestId;
    std::string description;
    std::string mediaUrl;
    std::string error;  // "": the follow-up may be added
};

FollowUpRead readFollowUpForm(const FormBody& form);

}  // namespace kiosk::server
