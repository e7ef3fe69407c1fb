#pragma once
// What the resident asked for during a frame. Screens only record intents; the app (core
// decisions) applies them after the frame, so no screen changes state in the middle of drawing.
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/case_flow.h"
#include "core/color_scheme.h"
#include "core/ink.h"
#include "core/screen_id.h"
#include "core/speech_volume.h"
#include "core/text_entry.h"
#include "core/text_size.h"
#include "core/tracking_form.h"

namespace kiosk::ui {

struct OpenScreen {
    core::ScreenId screen;
};
struct GoBack {};
struct GoHome {};
struct CycleTextSize {};  // the 字号 button in the top bar
struct SetTextSize {
    core::TextSize size;
};
struct SetColorScheme {
    core::ColorScheme scheme;
};
struct SetSpeechVolume {
    core::SpeechVolume volume;
};
struct ReadAloud {};
struct Speak {  // 听一听: these words, not the whole screen
    std::string text;
};
struct ShowGuide {  // 使用指南: a topic
    std::string id;
};
struct ContinueSession {};  // 继续 on "还在吗？"
struct WakeUp {};           // a touch on the unattended display
// The video slide's frames would be drawn at their own size at this size (whole pixels, the
// video's aspect): decode them at it.
struct ShowVideoAt {
    int width = 0;
    int height = 0;
};
struct SelectCommunity {
    std::string id;
};
struct SelectPeriod {
    std::string period;
};
struct SelectPayoutType {
    std::string typeId;  // "" for all types
};
struct ShowPayout {
    std::string payoutId;
};
struct ShowNotice {
    std::string noticeId;
};
// 我要反映 from a disclosure (a payout's detail): a new case about it, with its category, its
// community and the first words of the description filled in.
struct StartCaseAbout {
    std::string categoryCode;
    std::string communityId;
    std::string description;
};

// Editing a text field (keyboards, candidates, quick phrases, the handwriting pad).
namespace edit {
struct Letter {
    char letter;  // a–z on the pinyin keyboard
};
struct Erase {};  // 删除
struct Clear {};  // 清空
struct MoveCaret {
    int delta;  // -1 ◀, +1 ▶
};
struct Insert {
    std::string text;  // a digit, a quick phrase, a handwriting candidate
};
struct ChoosePinyin {
    std::string hanzi;
    std::size_t letters;  // of the composition it stands for
};
struct SetMode {
    core::EntryMode mode;
};
struct AddStroke {
    core::Stroke stroke;
};
struct UndoStroke {};
struct ClearInk {};
using Op =
    std::variant<Letter, Erase, Clear, MoveCaret, Insert, ChoosePinyin, SetMode, AddStroke, UndoStroke, ClearInk>;
}  // namespace edit

// The case flow (反映问题): answers and moves between its steps.
namespace caseflow {
struct ChooseKind {
    core::CaseKind kind;
};
struct ChooseCategory {
    std::string code;
};
struct ChooseCommunity {
    std::string id;
};
struct ChoosePlace {
    std::string place;
};
struct UseHallPlace {};  // 就在本服务大厅附近
struct TypePlace {};     // 其他地点: open the keyboard
struct Answer {          // a tap on one option of the category's own questions
    std::string question;
    std::string option;
};
struct Next {};
struct Edit {
    core::CaseStep step;  // 修改 on the review
};
struct PhotoLater {};
struct TakePhoto {};    // 拍照: the newest camera picture, to review
struct KeepPhoto {};    // 用这张
struct RetakePhoto {};  // 重拍
struct RemovePhoto {    // 删除 under a kept photo
    std::size_t index = 0;
};
struct ChoosePhone {};
struct ChooseAnonymous {};
struct PhoneKey {
    char digit = 0;
    bool erase = false;
    bool clear = false;
};
struct Submit {};          // 确认提交
struct JoinSimilar {};     // 我的问题和这个一样
struct DeclineSimilar {};  // 不一样，继续提交
struct Another {};         // 再反映一个问题
struct Finish {};          // 完成 on the receipt
using Op = std::variant<ChooseKind, ChooseCategory, ChooseCommunity, ChoosePlace, UseHallPlace, TypePlace, Answer, Next,
                        Edit, PhotoLater, TakePhoto, KeepPhoto, RetakePhoto, RemovePhoto, ChoosePhone, ChooseAnonymous,
                        PhoneKey, Submit, JoinSimilar, DeclineSimilar, Another, Finish>;
}  // namespace caseflow

// 查询进度: the form's keypad and fields, and the rating of a closed case.
namespace track {
struct Key {
    char digit = 0;
    bool erase = false;
    bool clear = false;
};
struct Focus {
    core::TrackingField field;
};
struct Lookup {};      // 查询
struct Again {};       // 查另一件
struct OpenRating {};  // 评价办理结果: the rating page
struct ChooseRating {
    std::string rating;  // "satisfied" | "basically_satisfied" | "unsatisfied"
};
struct ChooseReason {
    std::string reason;  // "not_solved" | "too_slow" | "unclear_reply" | "attitude"
};
struct SubmitRating {};
using Op = std::variant<Key, Focus, Lookup, Again, OpenRating, ChooseRating, ChooseReason, SubmitRating>;
}  // namespace track

struct TrackAction {
    track::Op op;
};

struct CaseAction {
    caseflow::Op op;
};

struct EditText {
    std::string field;  // the text being typed: "practice", "case.description", "case.place", …
    edit::Op op;
};

// The staff's way in: the PIN keypad, and leaving staff mode.
namespace staff {
struct Key {
    char digit = 0;
    bool erase = false;
    bool clear = false;
};
struct Submit {};  // 确定: check the PIN typed
struct Leave {};   // 退出: back to the unattended display, staff mode closed
// The operator panel's buttons.
struct SyncNow {};
struct SpeechTest {};
struct ExitKiosk {};  // stop the program for maintenance (the service does not restart it)
struct StartDemo {};  // 演示模式: a banner, and cases go to a sandbox
struct ResetDemo {};  // 重置演示数据: the sandbox emptied
struct ReEnrol {};    // 重新登记: a new enrolment code (the current token works until the new one comes)
using Op = std::variant<Key, Submit, Leave, SyncNow, SpeechTest, ExitKiosk, StartDemo, ResetDemo, ReEnrol>;
}  // namespace staff

struct StaffAction {
    staff::Op op;
};

// 打印回执 / 打印办理进度: the slip of the receipt or the case on screen.
struct PrintSlip {};
// 打印测试页 on the operator panel.
struct PrintTestSlip {};

// 查我本人的记录: 同意并刷卡 (不用了 is GoBack).
struct AgreeToReadIdCard {};
// 试读身份证 on the operator panel: the reader polled until a card is read (its face checked,
// nothing shown or kept, the platform not asked).
struct TestIdCardRead {};

// 全流程演示: the automatic demonstration (from the staff menu and 使用指南) and its panel.
struct TourAction {
    enum class Op { Start, Pause, Resume, Stop } op;
};

using UiAction =
    std::variant<OpenScreen, GoBack, GoHome, CycleTextSize, SetTextSize, SetColorScheme, SetSpeechVolume, ReadAloud,
                 Speak, ShowGuide, ContinueSession, WakeUp, ShowVideoAt, SelectCommunity, SelectPeriod,
                 SelectPayoutType, ShowPayout, ShowNotice, StartCaseAbout, EditText, CaseAction, TrackAction,
                 StaffAction, TourAction, PrintSlip, PrintTestSlip, AgreeToReadIdCard, TestIdCardRead>;

class UiActions {
public:
    void add(UiAction action) { actions_.push_back(std::move(action)); }
    std::vector<UiAction> take() { return std::exchange(actions_, {}); }

    // Something on screen moves by itself (a fling): draw the next frame soon.
    void requestAnimationFrame() { animating_ = true; }
    bool takeAnimationRequest() { return std::exchange(animating_, false); }

private:
    std::vector<UiAction> actions_;
    bool animating_ = false;
};

}  // namespace kiosk::ui
