#pragma once
// Coach marks (演示模式): while staff teach a resident hands-on, the kiosk rings the next thing
// to tap on the demonstration's path, with a short spoken hint. The path is the automatic
// demonstration's own script (its taps, each with the narration said before it), so the two
// never disagree about how a case is filed.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/ui_script.h"

namespace kiosk::core {

struct CoachMark {
    std::string target;   // a widget id or label, as the script taps it
    std::string hintKey;  // the narration before this tap ("" when it follows another tap)
};

// The taps of a script in order, each with the narration said since the tap before it.
std::vector<CoachMark> coachMarksOf(const std::vector<ScriptStep>& steps);

class CoachTrail {
public:
    explicit CoachTrail(std::vector<CoachMark> marks = {}) : marks_(std::move(marks)) {}

    // The mark to ring now: the first from where the resident stands whose target is drawn;
    // when none is (the resident went back, or elsewhere), the first drawn from the start.
    std::optional<std::size_t> find(const std::function<bool(const std::string& target)>& drawn) const;
    // The resident tapped mark `index`: the trail goes on from the one after it.
    void tapped(std::size_t index) { position_ = index + 1; }
    void restart() { position_ = 0; }

    const CoachMark& mark(std::size_t index) const { return marks_.at(index); }
    std::size_t size() const { return marks_.size(); }
    std::size_t position() const { return position_; }

private:
    std::vector<CoachMark> marks_;
    std::size_t position_ = 0;
};

}  // namespace kiosk::core
