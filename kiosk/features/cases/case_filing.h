#pragma once
// Filing a case (我要反映), photos included: the screens' answers go into the visit's CaseFlow,
// the typed fields are read back from the typing feature, 确认提交 hands the case to the outbox
// on a worker, and the receipt shows once it is on disk. The photo step's pictures are written
// by the photo worker; a photo belongs to the resident's case only.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/case_flow.h"
#include "features/cases/case_desks.h"
#include "features/cases/photo_desk.h"
#include "features/typing/typing.h"
#include "platform/camera.h"
#include "storage/outbox.h"

namespace kiosk {

// The case a resident is filing, with the screens' state around it.
struct CaseSession {
    std::optional<core::CaseFlow> flow;
    bool typingPlace = false;  // 其他地点: the keyboard is open on the place step
    std::string problemKey;    // why the last 下一步 did not move on
    bool saving = false;       // the outbox worker has the case (or the join)
    bool saveFailed = false;
    std::optional<storage::Receipt> receipt;  // shown once the case is in the outbox
    std::string receiptTransfer;
    std::vector<storage::SimilarCase> similar;  // "这个问题已有人反映": asked before saving
    bool similarDeclined = false;               // 不一样，继续提交
    std::string joinedCode;                     // joined that open case instead of filing
    std::string about;                          // started from a payout: what it is about, in words
    // The photo step: the picture 拍照 took, until 用这张 or 重拍; the kept ones being written.
    std::shared_ptr<const platform::CameraFrame> shot;
    std::vector<std::uint64_t> photosSaving;  // which photos the photo worker is writing
    std::string photoProblemKey;
};

class CaseFilingFeature : public Feature {
public:
    // `runningPicture`: the camera's newest picture while it shows one, else null (拍照).
    using PictureSource = std::function<std::shared_ptr<const platform::CameraFrame>()>;
    CaseFilingFeature(FeatureHost& host, TypingFeature& typing, PictureSource runningPicture);
    std::string_view name() const override { return "case filing"; }

    // Photos a power cut left behind (taken, but no case refers to them) go, on the photo worker.
    void sweepPhotos();
    const CaseSession& session() const { return session_; }
    PhotoDesk& photoDesk() { return photoDesk_; }
    // The photo step shows (the camera runs for it), and the shot under review if there is one.
    bool onPhotoStep() const;
    const std::shared_ptr<const platform::CameraFrame>& shotUnderReview() const { return session_.shot; }
    // A demonstration starts from the home screen, with no case half filed.
    void startOver();

    void prepare(ui::AppView& view, core::SteadyTime now) override;
    bool apply(const ui::UiAction& action, core::SteadyTime now) override;
    bool goBack(core::ScreenId screen) override;
    void goHome() override;
    void endVisit() override;
    bool waitingForWorker() const override { return session_.saving || !session_.photosSaving.empty(); }

private:
    void applyCaseAction(const ui::caseflow::Op& op);
    void startCaseAbout(const ui::StartCaseAbout& about);
    void applyPhotoAction(const ui::caseflow::Op& op);
    CaseDesk::Done<SubmitOutcome> whenSubmitted();
    void submitted(SubmitOutcome outcome);
    void photoSaved(std::uint64_t photo, const std::string& path);
    void syncTypedAnswers();
    void finishCase();  // the receipt was seen: the next 我要反映 starts a new case
    void discardUnsentPhotos();
    std::string hallCommunityId() const;

    FeatureHost& host_;
    TypingFeature& typing_;
    PictureSource runningPicture_;
    PhotoDesk photoDesk_;
    std::uint64_t lastPhoto_ = 0;
    CaseSession session_;
};

}  // namespace kiosk
