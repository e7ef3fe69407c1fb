#include "core/tracking_form.h"

#include "core/tracking_code.h"

namespace kiosk::core {

std::string trackingProblemMessageKey(TrackingProblem problem) {
    switch (problem) {
        case TrackingProblem::CodeMissing: return "track.problem.code_missing";
        case TrackingProblem::CodeIncomplete: return "track.problem.code_incomplete";
        case TrackingProblem::CodeMistyped: return "track.problem.code_mistyped";
        case TrackingProblem::SecretIncomplete: return "track.problem.secret_incomplete";
        case TrackingProblem::None:
        default: return {};
    }
}

void TrackingForm::press(char digit) {
    if (digit < '0' || digit > '9') return;
    if (field_ == TrackingField::Code) {
        if (code_.size() < kTrackingCodeDigits) code_ += digit;
        if (code_.size() == kTrackingCodeDigits) field_ = TrackingField::Secret;
        return;
    }
    if (secret_.size() < kSecretDigits) secret_ += digit;
}

void TrackingForm::erase() {
    if (field_ == TrackingField::Secret && secret_.empty()) field_ = TrackingField::Code;
    std::string& digits = field_ == TrackingField::Code ? code_ : secret_;
    if (!digits.empty()) digits.pop_back();
}

void TrackingForm::clear() {
    (field_ == TrackingField::Code ? code_ : secret_).clear();
}

void TrackingForm::setCode(const std::string& text) {
    code_.clear();
    for (char c : text) {
        if (c >= '0' && c <= '9' && code_.size() < kTrackingCodeDigits) code_ += c;
    }
    field_ = code_.size() == kTrackingCodeDigits ? TrackingField::Secret : TrackingField::Code;
}

TrackingProblem TrackingForm::check() const {
    if (code_.empty()) return TrackingProblem::CodeMissing;
    if (code_.size() < kTrackingCodeDigits) return TrackingProblem::CodeIncomplete;
    if (!isWellFormedTrackingCode(code_)) return TrackingProblem::CodeMistyped;
    if (secret_.size() < kSecretDigits) return TrackingProblem::SecretIncomplete;
    return TrackingProblem::None;
}

}  // namespace kiosk::core
