#include "core/coach_trail.h"

namespace kiosk::core {

std::vector<CoachMark> coachMarksOf(const std::vector<ScriptStep>& steps) {
    std::vector<CoachMark> marks;
    std::string hint;
    for (const ScriptStep& step : steps) {
        if (const auto* say = std::get_if<SayStep>(&step.action)) hint = say->key;
        if (const auto* tap = std::get_if<TapStep>(&step.action)) {
            marks.push_back({tap->target, hint});
            hint.clear();  // said once: the keypad's next digits need no new words
        }
    }
    return marks;
}

std::optional<std::size_t> CoachTrail::find(const std::function<bool(const std::string&)>& drawn) const {
    for (std::size_t i = position_; i < marks_.size(); ++i)
        if (drawn(marks_[i].target)) return i;
    for (std::size_t i = 0; i < position_ && i < marks_.size(); ++i)
        if (drawn(marks_[i].target)) return i;
    return std::nullopt;
}

}  // namespace kiosk::core
