// The case's photo step: 拍照 keeps the camera's newest picture for review, 用这张 hands it to the
// photo worker (JPEG next to the outbox) and the saved file joins the draft, 重拍 drops it, 删除
// removes a kept one. A photo belongs to the resident's case only: when the visit ends without
// that case, its files go at once.
#include <spdlog/spdlog.h>

#include <algorithm>

#include "features/cases/case_filing.h"

namespace kiosk {

void CaseFilingFeature::applyPhotoAction(const ui::caseflow::Op& op) {
    CaseSession& cs = session_;
    core::CaseFlow& flow = *cs.flow;
    namespace cf = ui::caseflow;
    const std::size_t taken = flow.draft().photos.size() + cs.photosSaving.size();
    if (std::holds_alternative<cf::TakePhoto>(op)) {
        if (taken >= core::kMaxPhotos) return;
        // The newest picture, only while the camera really shows one (not a frame from before a failure).
        std::shared_ptr<const platform::CameraFrame> picture = runningPicture_ ? runningPicture_() : nullptr;
        if (!picture) return;
        cs.shot = std::move(picture);
        cs.photoProblemKey.clear();
    } else if (std::holds_alternative<cf::RetakePhoto>(op)) {
        cs.shot.reset();
    } else if (std::holds_alternative<cf::KeepPhoto>(op)) {
        if (!cs.shot || taken >= core::kMaxPhotos) return;
        const std::uint64_t photo = ++lastPhoto_;
        photoDesk_.save(std::move(cs.shot),
                        host_.inbox().replyTo<std::string>(
                            host_.visit(), [this, photo](const std::string& path) { photoSaved(photo, path); },
                            // The visit ended while it was written: nobody's photo, so it goes.
                            [this](const std::string& path) {
                                if (!path.empty()) photoDesk_.discard({path});
                            }));
        cs.shot.reset();
        cs.photosSaving.push_back(photo);
    } else if (const auto* remove = std::get_if<cf::RemovePhoto>(&op)) {
        if (remove->index >= flow.draft().photos.size()) return;
        photoDesk_.discard({flow.draft().photos[remove->index]});
        flow.removePhoto(remove->index);
    }
}

void CaseFilingFeature::photoSaved(std::uint64_t photo, const std::string& path) {
    CaseSession& cs = session_;
    const auto it = std::find(cs.photosSaving.begin(), cs.photosSaving.end(), photo);
    if (it == cs.photosSaving.end() || !cs.flow) {
        // The case started over while it was written: nobody's photo, so it goes.
        if (!path.empty()) photoDesk_.discard({path});
        return;
    }
    cs.photosSaving.erase(it);
    if (path.empty()) {
        cs.photoProblemKey = "case.photo.save_failed";
    } else if (!cs.flow->addPhoto(path)) {
        photoDesk_.discard({path});
    }
}

void CaseFilingFeature::discardUnsentPhotos() {
    // A case being saved owns its photos (the outbox will erase them once the platform has them);
    // so does one already saved. Anything else was taken for a case that will not be filed.
    CaseSession& session = session_;
    if (!session.flow || session.receipt || session.saving) return;
    const std::vector<std::string>& photos = session.flow->draft().photos;
    if (photos.empty()) return;
    spdlog::info("photo: {} photo(s) of an unfiled case removed", photos.size());
    photoDesk_.discard(photos);
    while (!session.flow->draft().photos.empty()) session.flow->removePhoto(0);
}

}  // namespace kiosk
