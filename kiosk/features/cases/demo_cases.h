#pragma once
// Demonstration cases for 查询进度 (`kiosk --demo-cases`): staff showing residents how tracking
// works, and the render tours, need a case with a known code that went all the way to 已办结.
// They are filed as acknowledged (so the sync engine never sends them) with their timeline.
// A case already in the outbox is left alone, so every start may call this.
#include <string>
#include <vector>

#include "storage/outbox.h"

namespace kiosk {

struct DemoCasesLoad {
    int added = 0;
    std::vector<std::string> problems;  // a bad record is skipped and named; the rest still go in
};

DemoCasesLoad addDemoCases(storage::Outbox& outbox, const std::string& jsonPath);

}  // namespace kiosk
