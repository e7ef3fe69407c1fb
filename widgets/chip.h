#pragma once
// A large selectable chip (community, month, subsidy type). The selected one is filled and
// starts with a check mark: never colour alone.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::widgets {

struct ChipItem {
    std::string id;     // stable id for the driver: "payouts.type.dibao"
    std::string label;  // what the resident reads
};

// The size a chip with `label` takes, for callers that lay out around a chip row.
float chipWidth(ImFont* font, std::string_view label);
float chipHeight(ImFont* font);

// Lays chips out left to right, wrapping within `maxWidth`; returns the index tapped, or -1.
int chipRow(const std::vector<ChipItem>& items, int selected, float maxWidth, ImFont* font,
            std::string_view selectedMark);
// The same for a question with several answers: `selected[i]` for each item.
int chipRowOfMany(const std::vector<ChipItem>& items, const std::vector<bool>& selected, float maxWidth, ImFont* font,
                  std::string_view selectedMark);

// The same in at most `maxRows` rows: when the items do not fit, the last chip is `moreLabel`
// ("更多 ›"), which pages on (and from the last page back to the first). `firstItem` is the
// caller's page state. Returns the index tapped among all items, or -1.
int pagedChipRow(const std::vector<ChipItem>& items, int selected, float maxWidth, int maxRows, ImFont* font,
                 std::string_view selectedMark, const std::string& moreLabel, int& firstItem);
// How many rows chipRow takes for these items at `maxWidth`.
int chipRowsNeeded(const std::vector<ChipItem>& items, int selected, float maxWidth, ImFont* font,
                   std::string_view selectedMark);
// How many chip rows fit in `height`.
int chipRowsIn(float height, ImFont* font);

}  // namespace kiosk::widgets
