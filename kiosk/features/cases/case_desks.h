#pragma once
// The kiosk's outbox and, while staff demonstrate (演示模式), the sandbox outbox that never reaches
// the platform (data/demo/outbox.db, seeded with the demonstration cases). Cases filed and looked
// up go to `current()`: the sandbox while it is open, else the real one.
#include <memory>
#include <string>

#include "features/cases/case_desk.h"

namespace kiosk {

struct DataPaths;
struct AssetPaths;

class CaseDesks {
public:
    CaseDesks(const DataPaths& data, const AssetPaths& assets);
    CaseDesk& real() { return real_; }
    const CaseDesk& real() const { return real_; }
    CaseDesk& current() { return demo_ ? *demo_ : real_; }
    const CaseDesk& current() const { return demo_ ? *demo_ : real_; }

    bool demoOpen() const { return demo_ != nullptr; }
    CaseDesk* demo() { return demo_.get(); }
    // Opens the sandbox (with the demonstration cases, added once); false when it cannot open.
    bool openDemo();
    void closeDemo();  // waits for a job in flight
    // Removes the sandbox's files: the next demonstration starts from the seeded cases again (at
    // once when the sandbox was open).
    void resetDemo();

private:
    const DataPaths& data_;
    const AssetPaths& assets_;
    CaseDesk real_;
    std::unique_ptr<CaseDesk> demo_;
};

}  // namespace kiosk
