#pragma once
// 进度查询's form: the 10-digit 查询码 and the 4-digit secret (the last 4 digits of the phone
// number, or the PIN of an anonymous case), both typed on one keypad. The code field is filled
// first and hands over to the secret by itself once its 10 digits are in; a tap on a field
// chooses it. check() says in plain words what is missing before anything is looked up.
#include <string>

namespace kiosk::core {

enum class TrackingField { Code, Secret };

enum class TrackingProblem {
    None,
    CodeMissing,     // nothing typed yet: "还没有输完" would be wrong — he has not begun
    CodeIncomplete,  // fewer than 10 digits
    CodeMistyped,    // 10 digits whose check digit is wrong: a typo, said at once, never looked up
    SecretIncomplete,
};
// String-table key of the message for a problem ("" for None).
std::string trackingProblemMessageKey(TrackingProblem problem);

class TrackingForm {
public:
    static constexpr std::size_t kSecretDigits = 4;

    const std::string& code() const { return code_; }
    const std::string& secret() const { return secret_; }
    TrackingField field() const { return field_; }

    void focus(TrackingField field) { field_ = field; }
    // A digit goes to the chosen field; a full code moves on to the secret.
    void press(char digit);
    void erase();  // 删除: the last digit of the chosen field (an empty secret goes back to the code)
    void clear();  // 清空: the chosen field
    // The code from a scanned receipt (or any source): keeps digits only, then asks for the secret.
    void setCode(const std::string& text);

    TrackingProblem check() const;

private:
    std::string code_;
    std::string secret_;
    TrackingField field_ = TrackingField::Code;
};

}  // namespace kiosk::core
