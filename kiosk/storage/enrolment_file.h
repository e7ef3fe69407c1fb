#pragma once
// The kiosk's enrolment with its platform, kept in the data folder (enrolment.json, mode 0600 —
// it holds the device token): the id and token the platform issued, and an enrolment under way
// (the code its operator sees and the secret that claims the token), so a restart shows the same
// code. Tied to the platform's origin: a kiosk pointed at another platform enrols again.
#include <optional>
#include <string>

namespace kiosk::storage {

struct EnrolmentRecord {
    std::string platform;  // the origin it was issued by ("https://jd.example.gov.cn")
    std::string deviceId;  // issued: both set
    std::string deviceToken;
    std::string pendingCode;   // under way: the code shown and the secret that claims its token
    std::string pendingClaim;  // (a new enrolment while issued ones work: re-enrolment)
};

// Nothing when there is no file, or it is not one of ours (then the kiosk enrols afresh).
std::optional<EnrolmentRecord> readEnrolmentFile(const std::string& path);
// Written whole (storage/whole_file.h), readable by the kiosk's user only.
bool writeEnrolmentFile(const std::string& path, const EnrolmentRecord& record, std::string& error);

}  // namespace kiosk::storage
