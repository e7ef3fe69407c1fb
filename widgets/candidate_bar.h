#pragma once
// The row of candidates above a keyboard: large hanzi buttons, as many as fit, with ‹ › to page.
// Tapping one returns its index in `candidates`.
#include <imgui.h>

#include <string>
#include <vector>

namespace kiosk::widgets {

struct CandidatePaging {
    std::vector<int> pageStarts{0};  // first candidate of each page seen so far (for ‹)
    void reset() { pageStarts = {0}; }
    int first() const { return pageStarts.back(); }
};

struct CandidateLabels {
    std::string previous;  // ‹ 上一页
    std::string next;      // 下一页 ›
};

// Returns the index chosen, or -1. Paging is handled inside (it changes `paging`).
int candidateBar(const std::string& id, const std::vector<std::string>& candidates, CandidatePaging& paging,
                 float width, ImFont* font, const CandidateLabels& labels);
float candidateBarHeight(ImFont* font);

}  // namespace kiosk::widgets
