#pragma once
// The words of every list's page buttons and page count, from the string table.
#include "core/string_table.h"
#include "widgets/kinetic_list.h"

namespace kiosk::ui {

inline widgets::KineticListLabels listLabels(const core::StringTable& strings) {
    return {strings.get("list.page_up"), strings.get("list.page_down"), strings.get("list.page_of")};
}

}  // namespace kiosk::ui
