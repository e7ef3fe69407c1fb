#pragma once
// The SQLite cache of what the kiosk shows (disclosures now; announcements and guides later).
// A new content set is written beside the old one and switched to in the same transaction, so a
// reader (or a power cut) sees the old set or the new one, never half of either.
#include <optional>
#include <string>

#include "core/disclosures.h"
#include "storage/sqlite_db.h"

namespace kiosk::storage {

class ContentStore {
public:
    explicit ContentStore(const std::string& path);

    void importDisclosures(const core::DisclosureSet& set);
    std::optional<core::DisclosureSet> loadDisclosures();
    // Version of the active disclosure set, empty when there is none.
    std::string disclosureVersion();
    // Small facts about the cache (e.g. which bundled file it was filled from), by key.
    std::string setting(const std::string& key);
    void setSetting(const std::string& key, const std::string& value);

private:
    void createSchema();
    Database db_;
};

}  // namespace kiosk::storage
