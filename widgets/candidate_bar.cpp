#include "widgets/candidate_bar.h"

#include <algorithm>
#include <cmath>

#include "widgets/big_button.h"
#include "widgets/text.h"

namespace kiosk::widgets {

float candidateBarHeight(ImFont* font) {
    return std::max(kMinTouchTarget, std::round(font->FontSize * 1.1f));
}

int candidateBar(const std::string& id, const std::vector<std::string>& candidates, CandidatePaging& paging,
                 float width, ImFont* font, const CandidateLabels& labels) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = candidateBarHeight(font);
    int chosen = -1;
    if (paging.first() >= static_cast<int>(candidates.size())) paging.reset();

    // The paging buttons keep their places at both ends, so a finger learns where they are.
    const float pageW = std::max(kMinTouchTarget, measureText(font, labels.next).x + font->FontSize);
    const float left = origin.x + pageW + kTouchSpacing;
    const float right = origin.x + width - pageW - kTouchSpacing;
    float x = left;
    int shown = 0;
    for (int i = paging.first(); i < static_cast<int>(candidates.size()); ++i) {
        const std::string& text = candidates[static_cast<std::size_t>(i)];
        const float w = std::max(kMinTouchTarget, measureText(font, text).x + font->FontSize);
        if (x + w > right) break;
        ImGui::SetCursorScreenPos(ImVec2(x, origin.y));
        if (bigButton(id + ".cand." + std::to_string(shown), text, ImVec2(w, height), ButtonKind::Secondary, font)) {
            chosen = i;
        }
        x += w + kTouchSpacing;
        ++shown;
    }
    const bool hasPrevious = paging.pageStarts.size() > 1;
    const bool hasNext = paging.first() + shown < static_cast<int>(candidates.size()) && shown > 0;
    if (hasPrevious) {
        ImGui::SetCursorScreenPos(origin);
        if (bigButton(id + ".previous", labels.previous, ImVec2(pageW, height), ButtonKind::Secondary, font)) {
            paging.pageStarts.pop_back();
        }
    }
    if (hasNext) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + width - pageW, origin.y));
        if (bigButton(id + ".next", labels.next, ImVec2(pageW, height), ButtonKind::Secondary, font)) {
            paging.pageStarts.push_back(paging.first() + shown);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
    ImGui::Dummy(ImVec2(width, 0));
    return chosen;
}

}  // namespace kiosk::widgets
