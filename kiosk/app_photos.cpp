// The case's photo step in the app: 拍照 keeps the camera's newest picture for review, 用这张
// hands it to the photo worker (JPEG next to the outbox) and the saved file joins the draft,
// 重拍 drops it, 删除 removes a kept one. A photo belongs to the resident's case only: when the
// visit ends without that case, its files go at once.
#include <spdlog/spdlog.h>

#include <algorithm>

#include "app.h"

namespace kiosk {

void App::applyPhotoAction(const ui::caseflow::Op& op) {
    CaseSession& cs = sessionState_.caseSession;
    core::CaseFlow& flow = *cs.flow;
    namespace cf = ui::caseflow;
    const std::size_t taken = flow.draft().photos.size() + cs.photosSaving.size();
    if (std::holds_alternative<cf::TakePhoto>(op)) {
        if (taken >= core::kMaxPhotos || !camera_) return;
        // The newest picture, only while the camera really shows one (not a frame from before a failure).
        if (camera_->status().state != platform::CameraState::Running) return;
        cs.shot = camera_->latest();
        cs.photoProblemKey.clear();
    } else if (std::holds_alternative<cf::RetakePhoto>(op)) {
        cs.shot.reset();
    } else if (std::holds_alternative<cf::KeepPhoto>(op)) {
        if (!cs.shot || taken >= core::kMaxPhotos) return;
        const std::uint64_t ticket = ++lastPhotoTicket_;
        photoDesk_.save(std::move(cs.shot), ticket);
        cs.shot.reset();
        cs.photosSaving.push_back(ticket);
    } else if (const auto* remove = std::get_if<cf::RemovePhoto>(&op)) {
        if (remove->index >= flow.draft().photos.size()) return;
        photoDesk_.discard({flow.draft().photos[remove->index]});
        flow.removePhoto(remove->index);
    }
}

void App::takeSavedPhotos() {
    for (SavedPhoto& saved : photoDesk_.takeSaved()) {
        CaseSession& cs = sessionState_.caseSession;
        const auto it = std::find(cs.photosSaving.begin(), cs.photosSaving.end(), saved.ticket);
        if (it == cs.photosSaving.end() || !cs.flow) {
            // The visit ended while it was written: nobody's photo, so it goes.
            if (!saved.path.empty()) photoDesk_.discard({saved.path});
            continue;
        }
        cs.photosSaving.erase(it);
        if (saved.path.empty()) {
            cs.photoProblemKey = "case.photo.save_failed";
        } else if (!cs.flow->addPhoto(saved.path)) {
            photoDesk_.discard({saved.path});
        }
    }
}

void App::discardUnsentPhotos(CaseSession& session) {
    // A case being saved owns its photos (the outbox will erase them once the platform has them);
    // so does one already saved. Anything else was taken for a case that will not be filed.
    if (!session.flow || session.receipt || session.submitTicket != 0) return;
    const std::vector<std::string>& photos = session.flow->draft().photos;
    if (photos.empty()) return;
    spdlog::info("photo: {} photo(s) of an unfiled case removed", photos.size());
    photoDesk_.discard(photos);
    while (!session.flow->draft().photos.empty()) session.flow->removePhoto(0);
}

}  // namespace kiosk
