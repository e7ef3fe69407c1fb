#include "core/tracking_form.h"

#include <gtest/gtest.h>

#include "core/tracking_code.h"

namespace kiosk::core {
namespace {

void type(TrackingForm& form, const std::string& digits) {
    for (char d : digits) form.press(d);
}

const std::string kCode = makeTrackingCode(123456789);

TEST(TrackingForm, TheCodeHandsOverToTheSecretOnceItsTenDigitsAreIn) {
    TrackingForm form;
    EXPECT_EQ(form.check(), TrackingProblem::CodeMissing) << "nothing typed is not 还没有输完";
    type(form, kCode.substr(0, 9));
    EXPECT_EQ(form.field(), TrackingField::Code);
    EXPECT_EQ(form.check(), TrackingProblem::CodeIncomplete);
    form.press(kCode[9]);
    EXPECT_EQ(form.field(), TrackingField::Secret);
    EXPECT_EQ(form.check(), TrackingProblem::SecretIncomplete);
    type(form, "80001");  // the fifth digit has no room
    EXPECT_EQ(form.code(), kCode);
    EXPECT_EQ(form.secret(), "8000");
    EXPECT_EQ(form.check(), TrackingProblem::None);
}

TEST(TrackingForm, AMistypedCodeIsSaidAtOnce) {
    TrackingForm form;
    std::string typo = kCode;
    typo[4] = typo[4] == '9' ? '0' : static_cast<char>(typo[4] + 1);
    type(form, typo + "1234");
    EXPECT_EQ(form.check(), TrackingProblem::CodeMistyped);
    EXPECT_EQ(trackingProblemMessageKey(form.check()), "track.problem.code_mistyped");
}

TEST(TrackingForm, EraseWalksBackFromTheSecretIntoTheCode) {
    TrackingForm form;
    type(form, kCode + "12");
    form.erase();
    form.erase();
    EXPECT_EQ(form.secret(), "");
    EXPECT_EQ(form.field(), TrackingField::Secret);
    form.erase();  // nothing left in the secret: 删除 goes on in the code
    EXPECT_EQ(form.field(), TrackingField::Code);
    EXPECT_EQ(form.code(), kCode.substr(0, 9));
}

TEST(TrackingForm, ATapChoosesTheFieldAndClearEmptiesOnlyThatOne) {
    TrackingForm form;
    type(form, kCode + "1234");
    form.focus(TrackingField::Code);
    form.clear();
    EXPECT_EQ(form.code(), "");
    EXPECT_EQ(form.secret(), "1234");
    form.press('x');  // not a digit: ignored
    EXPECT_EQ(form.code(), "");
}

TEST(TrackingForm, AScannedCodeKeepsDigitsOnlyAndAsksForTheSecret) {
    TrackingForm form;
    form.setCode(groupTrackingCode(kCode) + "\n<script>");
    EXPECT_EQ(form.code(), kCode);
    EXPECT_EQ(form.field(), TrackingField::Secret);
    form.setCode("12345678901234");
    EXPECT_EQ(form.code(), "1234567890");  // never more than 10
}

}  // namespace
}  // namespace kiosk::core
