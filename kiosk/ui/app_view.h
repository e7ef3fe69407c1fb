#pragma once
// What screens read: a snapshot the app prepares before drawing. Screens never reach into the
// app's internals, storage or network.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/announcements.h"
#include "core/burn_in.h"
#include "core/case_flow.h"
#include "core/color_scheme.h"
#include "core/disclosure_index.h"
#include "core/display_schedule.h"
#include "core/guides.h"
#include "core/ink.h"
#include "core/speech_volume.h"
#include "core/text_entry.h"
#include "core/text_size.h"
#include "core/tracking_form.h"
#include "input/pinyin_decoder.h"
#include "ui/image_source.h"

namespace kiosk::ui {

enum class NetworkState { Offline, Online };

// The text field the current screen edits, with what its keyboards offer right now.
struct TextEntryView {
    std::string field;                                            // "" when the screen has no text field
    const core::TextEntry* entry = nullptr;                       // the session's text
    const core::Ink* ink = nullptr;                               // strokes on the handwriting pad
    const std::vector<input::PinyinCandidate>* pinyin = nullptr;  // for entry->composing()
    std::vector<std::string> handwriting;                         // candidates for the ink
    std::vector<std::string> quickPhrases;                        // content-provided for this field
    bool ready = false;                                           // engines open and the keyboard font built
    bool pinyinAvailable = true;
    bool handwritingAvailable = true;
};

// The resident's case in progress, and what the flow's screens need around it.
struct CaseView {
    bool available = false;  // catalog and outbox are there
    const core::CaseCatalog* catalog = nullptr;
    const core::CaseFlow* flow = nullptr;  // null until the flow starts
    bool typingPlace = false;              // 其他地点: the keyboard is open
    std::string problemKey;                // why 下一步 did not move on (string-table key)
    std::string hallCommunityId;           // for 就在本服务大厅附近
    std::string hallPlace;
    bool saving = false;
    bool saveFailed = false;
    bool showingReceipt = false;
    std::string receiptCode;         // 10 digits
    std::string receiptPin;          // anonymous cases only
    std::string receiptLink;         // the platform's page for the case: the receipt's QR code
    bool receiptPhotoLater = false;  // 稍后用手机补充: the QR code is also where the photos go
    std::string receiptTransfer;     // the department, when the case is passed on
    // An open case at the same place and category, offered before saving a duplicate.
    std::string similarCode;
    std::string similarDate;  // 2026-11-22
    std::string joinedCode;   // the resident joined that case: the confirmation shows
    std::string about;        // a case started from a payout: what it is about (the kind step says it)
    // The photo step: the picture is AppView::cameraPicture (the live camera, or the shot).
    bool reviewingShot = false;   // 拍照 was tapped: 用这张 or 重拍?
    int photosSaving = 0;         // kept, still being written
    std::string photoProblemKey;  // a photo could not be saved
};

// The receipt printer, as the receipt screen shows it (no printer configured: not available,
// and no print button anywhere).
struct PrintView {
    enum class State { Idle, Printing, Printed, Fault };
    bool available = false;
    State state = State::Idle;  // of this receipt's slip
    std::string faultKey;       // State::Fault: what to tell the resident (string-table key)
};

// 查我本人的记录 (an ID card reader configured): where the resident is in it, and his own
// payouts once his card was read — for this visit only (features/id_card forgets them).
struct SelfRecordRow {
    std::string month;   // 2026年11月
    std::string type;    // 最低生活保障金
    std::string amount;  // 157.00 元
    std::string paidOn;  // 2026-11-15
    std::string status;  // 已发放
    bool paid = true;
    std::string communityId;  // for 我要反映
    std::string reportAbout;  // 我要反映's first words: the month and the type, never the name
};

// One of his own cases (filed by real name with his phone), in words.
struct SelfCaseRow {
    std::string headline;  // the category and its station: 路灯照明  办理中
    std::string filed;     // 2026-11-18 提交
    std::string number;    // 编号 SR-1003 (never the 查询码: with his phone's last digits it opens the case)
};

struct SelfRecordsView {
    enum class Stage { Consent, PlaceCard, Reading, Records, Problem };
    bool available = false;
    Stage stage = Stage::Consent;
    std::string problemKey;  // Stage::Problem: what to tell him (string-table key)
    std::string noticeKey;   // Stage::PlaceCard: why he is asked again ("" the first time)
    // His, from the card and the platform (Stage::Records): the feature's own, which it
    // overwrites when the visit ends (no copy of them is made for the frame).
    std::string_view name;
    const std::vector<SelfRecordRow>* rows = nullptr;
    const std::vector<SelfCaseRow>* cases = nullptr;  // his cases, newest first (none: empty)
};

// One station of a case's road: 已提交, 已受理, 办理中, 已办结.
struct TrackStage {
    std::string labelKey;  // "track.stage.accepted"
    bool reached = false;
    std::string date;        // 2026-11-20 (empty when not reached, or reached without a dated update)
    std::string department;  // who handles it, when the platform said
    std::string note;        // the department's words (its reply on 已办结)
};

// 查询进度: the form, then the case found.
struct TrackView {
    bool available = false;  // the outbox is there
    std::string code;        // digits typed so far
    std::string secret;
    core::TrackingField field = core::TrackingField::Code;
    std::string problemKey;  // why nothing was found, or what is missing (string-table key)
    int restMinutes = 0;     // lookups rest after too many wrong answers: minutes left
    bool lookingUp = false;
    bool found = false;
    // The case found (no personal data: no phone, no description).
    std::string foundCode;
    std::string category;
    std::string place;
    std::string transferDepartment;
    std::string submittedDate;
    bool waitingToSend = false;  // still in this kiosk's outbox, not yet at the platform
    std::vector<TrackStage> stages;
    bool closed = false;
    // The rating after 已办结, on its own page.
    bool ratingOpen = false;
    std::string savedRating;  // "satisfied" … once one is saved ("" before)
    std::string ratingChoice;
    std::string reasonChoice;
    bool ratingSaving = false;
    bool ratingFailed = false;
};

// 扫码: the camera's state, its newest frame as a texture, and what the last code was.
// The camera's picture on the screens that use it (扫码 and the case's photo step).
struct CameraPicture {
    enum class State { Starting, Running, Failed } state = State::Starting;
    std::optional<TextureInfo> texture;  // none in the headless UI, and until the first frame
};

struct ScanView {
    std::string messageKey;  // why the last code did not open anything ("" for none)
    std::string shownText;   // the text of an unrecognized code, one line
};

// 工作人员: the PIN screen and the staff menu.
struct StaffView {
    bool configured = false;      // a PIN is set in the config (else there is no staff mode)
    std::size_t digitsTyped = 0;  // shown as dots, never the digits
    std::string problemKey;       // why the last PIN was refused ("" for none)
    int triesLeft = 0;
    int lockMinutes = 0;  // > 0: five wrong PINs; the way in is closed this many minutes more
};

// 运维面板: the kiosk's state for the operator, as label (string-table key) and value rows.
struct OperatorRow {
    std::string labelKey;
    std::string value;
};
struct OperatorView {
    std::vector<OperatorRow> rows;
    std::vector<std::string> logLines;  // the newest last (the log never holds personal data)
    bool syncAvailable = false;
    bool printerAvailable = false;  // a receipt printer is configured: 打印测试页
    bool idCardAvailable = false;   // an ID card reader is configured: 试读身份证
    bool enrolAvailable = false;    // the platform issues this kiosk's token: 重新登记
    std::string enrolmentCode;      // waiting for the platform's admin ("" for none): shown with its QR
    std::string enrolmentLink;      // what the QR opens (the platform's fleet page at the code)
};

// 全流程演示 (its panel) and the coach marks of 演示模式.
struct TourView {
    bool playing = false;  // the automatic demonstration runs: its panel shows
    bool paused = false;
    std::string caption;     // the narration said last
    bool ringShown = false;  // the next thing to tap is ringed
    ImVec2 ringMin;
    ImVec2 ringMax;
    std::string coachHint;  // 演示模式 by hand: the ringed widget's hint ("" for none)
};

struct AppView {
    std::string hallName;
    std::string hallPhone;     // for residents who need a person (a lost 查询码); "" when not configured
    std::string dateTimeText;  // already formatted for the top bar
    NetworkState network = NetworkState::Offline;
    bool offlineBanner = false;  // a platform is configured but cannot be reached: say so in plain words
    core::TextSize textSize = core::TextSize::Standard;
    core::ColorScheme colorScheme = core::ColorScheme::Standard;
    core::SpeechVolume speechVolume = core::SpeechVolume::Medium;
    bool canGoBack = false;
    bool showingDisplaySettings = false;  // 颜色音量 would open the page already shown

    int warningSecondsLeft = 0;  // the "还在吗？" countdown

    const std::vector<core::Announcement>* announcements = nullptr;
    std::optional<std::size_t> attractSlide;  // the announcement showing (none scheduled: nothing)
    std::size_t attractPosition = 0;          // its place in the loop, 1-based ("2 / 4")
    std::size_t attractLoopLength = 0;
    core::Drift attractDrift;                 // screen-burn protection (core/burn_in)
    std::optional<TextureInfo> attractVideo;  // the slide's video, playing (none: its image)
    StaffView staff;
    OperatorView operatorPanel;
    bool demoMode = false;                             // 演示模式: every screen says so
    bool demonstrationAvailable = false;               // 全流程演示 has a script to play
    const std::vector<core::Guide>* guides = nullptr;  // 使用指南's topics
    std::string guideId;                               // the topic shown
    TourView tour;
    PrintView print;
    SelfRecordsView selfRecords;
    core::DisplayMode displayMode = core::DisplayMode::On;  // the unattended display's (display.hours)
    std::string tickerText;    // the slogans running along the unattended display ("" for none)
    double tickerSeconds = 0;  // how long the strip has run: where its text stands

    std::vector<std::string> operatorProblems;  // why the kiosk cannot start (for the operator)

    // Public disclosures: the snapshot in use (null while loading or when none could be read) and
    // the resident's choices, which belong to the session.
    core::DisclosureSnapshot disclosures;
    bool contentLoading = false;
    bool contentStale = false;  // older than content.stale_after_days: say so next to the date
    std::string communityId;
    std::string period;
    std::string payoutTypeId;                   // "" = all types
    const core::Payout* shownPayout = nullptr;  // the payout the detail screen shows
    const core::Notice* shownNotice = nullptr;  // the notice the reader shows
    // The platform's pages for phones ("" when cases.tracking_link gives no platform address):
    // its home (the unattended display's QR code) and the notice shown (继续在手机上看).
    std::string platformHomeLink;
    std::string shownNoticeLink;
    std::string contentImageDir;  // where content pictures live

    TextEntryView textEntry;
    CaseView caseView;
    TrackView trackView;
    ScanView scanView;
    CameraPicture cameraPicture;
};

}  // namespace kiosk::ui
