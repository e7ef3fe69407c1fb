#pragma once
// The outbox: cases residents filed that the platform has not yet acknowledged. It is the
// contract between the case flow (which writes) and the sync engine (which sends):
// - a case is on disk (SQLite, synchronous=FULL) before submit() returns, so before its receipt
//   is shown; a power cut at any moment loses no receipt that was shown;
// - each case carries an idempotency key the backend deduplicates on, so a resend after a cut
//   connection creates no second case;
// - once the backend acknowledges a case its personal fields (phone, description) and photo files
//   are erased; what stays is the tracking code, category, place, state and the platform's replies.
// Its own database file (outbox.db): the content cache may be thrown away and rebuilt, this never.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/case_flow.h"
#include "storage/sqlite_db.h"

namespace kiosk::storage {

// 待上传 → 已上传 → 已受理 → 办理中 → 已办结; needs_attention when the backend refused the case
// (a 4xx other than 408/429): an operator looks at it, the rest of the queue goes on.
// The platform's updates kept for one case (a road of a few stations; more is a fault).
constexpr std::int64_t kMaxUpdatesPerCase = 100;

enum class CaseState { Pending, Uploaded, Accepted, InProgress, Closed, NeedsAttention };
std::string caseStateName(CaseState state);
std::optional<CaseState> caseStateFromName(const std::string& name);

struct NewCase {
    core::CaseDraft draft;
    std::string transferDepartment;  // "" unless the category is handled elsewhere (转办)
    std::string createdAt;           // W3C date-time with a timezone
    std::string trackingCode;        // "": a fresh random one (the demo cases bring their own)
};

// What the receipt shows: the code, and for an anonymous case the PIN that replaces the phone.
struct Receipt {
    std::int64_t id = 0;
    std::string trackingCode;
    std::string pin;  // 4 digits; empty when the resident left a phone number
};

struct OutboxCase {
    std::int64_t id = 0;
    std::string trackingCode;
    std::string idempotencyKey;
    std::string kind;
    std::string categoryCode;
    std::string transferDepartment;
    std::string communityId;
    std::string place;
    bool placeTyped = false;
    std::string description;          // "" once acknowledged
    std::vector<std::string> photos;  // empty once acknowledged
    bool photoLater = false;
    bool anonymous = false;
    std::string phone;  // "" when anonymous or once acknowledged (the PIN is never stored, only a hash)
    CaseState state = CaseState::Pending;
    std::string createdAt;
    std::string serviceRequestId;  // the platform's id, once acknowledged ("" while it has given a token only)
    std::string remoteToken;       // Open311 token of a platform that assigns ids later ("" otherwise)
    bool atHall = false;           // 就在本服务大厅附近: the hall's coordinates go with it
    // The category's own questions: question code -> chosen option keys (choices, not personal).
    std::map<std::string, std::vector<std::string>> answers;
};

// One line of a case's timeline (已受理, 办理中 ... with the department and its reply).
struct CaseUpdate {
    CaseState state = CaseState::Accepted;
    std::string at;
    std::string department;
    std::string note;
};

struct TrackedCase {
    OutboxCase summary;
    std::vector<CaseUpdate> timeline;  // oldest first; 已提交 is summary.createdAt
};

// An open case at the same place and category (this kiosk's), offered before filing a duplicate.
struct SimilarCase {
    std::string trackingCode;
    std::string categoryCode;
    std::string place;
    std::string createdAt;
    CaseState state = CaseState::Pending;
};

// A rating or a join the platform has not been told of yet.
struct UnsentEvent {
    std::int64_t rowid = 0;
    std::string trackingCode;
    std::string serviceRequestId;  // "" when the case is not at the platform yet
    std::string rating;            // ratings only
    std::string reason;
    std::string at;
};

class Outbox {
public:
    // `random` feeds tracking codes, PINs, keys and salts (tests pass a seeded one).
    explicit Outbox(const std::string& path, std::function<std::uint64_t()> random = {});

    // Durable on return; throws StorageError when it could not be written (disk full ...): the
    // caller keeps the draft and tells the resident the case was not saved.
    Receipt submit(const NewCase& newCase);

    std::vector<OutboxCase> pending(std::size_t limit = 50);  // oldest first
    std::optional<OutboxCase> find(std::int64_t id);
    std::size_t depth();                // cases not yet acknowledged
    std::size_t needsAttentionCount();  // cases the platform refused: an operator looks at them
    // Every photo file a case still refers to (the start's sweep keeps these, removes the rest).
    std::vector<std::string> photoFiles();

    // The platform acknowledged the case: personal fields and photo files are erased.
    void markUploaded(std::int64_t id, const std::string& serviceRequestId, const std::string& at);
    // The same for a platform that answered an Open311 token instead of an id (a batch server):
    // the case is the platform's; its id comes later from GET tokens/{token}.
    void markUploadedAwaitingId(std::int64_t id, const std::string& token, const std::string& at);
    std::vector<OutboxCase> awaitingIds(std::size_t limit = 20);
    void assignServiceRequestId(std::int64_t id, const std::string& serviceRequestId);
    void markNeedsAttention(std::int64_t id, const std::string& reason, const std::string& at);
    void addUpdate(std::int64_t id, const CaseUpdate& update);
    // Cases the platform holds that are not closed yet, least recently refreshed first: the sync
    // engine pulls their updates.
    std::vector<OutboxCase> openAtPlatform(std::size_t limit = 20);
    // The platform's updates for a case, in its order; one already applied (same remote id) is
    // skipped, so pulling the whole list again adds nothing; at most kMaxUpdatesPerCase are kept.
    // Returns how many were new.
    int applyRemoteUpdates(std::int64_t id, const std::vector<std::pair<std::string, CaseUpdate>>& updates);

    // 进度查询: the code and the last 4 digits of the phone (or the PIN). A wrong code and a wrong
    // secret give the same empty answer: no hint whether a code exists.
    std::optional<TrackedCase> track(const std::string& code, const std::string& secret);

    std::vector<SimilarCase> similarOpenCases(const std::string& communityId, const std::string& place,
                                              const std::string& categoryCode, std::size_t limit = 3);

    // "这个问题已有人反映": a resident joins an open case instead of filing a duplicate. The join
    // carries no personal data; the sync engine reports it on the case.
    void recordJoin(const std::string& trackingCode, const std::string& at);
    int joinCount(const std::string& trackingCode);

    // After 已办结: 满意 / 基本满意 / 不满意 ("satisfied" | "basically_satisfied" | "unsatisfied"),
    // with a reason for 不满意. The newest rating of a case counts; the sync engine sends it.
    void recordRating(const std::string& trackingCode, const std::string& rating, const std::string& reason,
                      const std::string& at);
    std::optional<std::string> ratingOf(const std::string& trackingCode);
    // For the sync engine: ratings and joins not yet sent, oldest first, and marking them sent.
    std::vector<UnsentEvent> unsentRatings(std::size_t limit = 20);
    std::vector<UnsentEvent> unsentJoins(std::size_t limit = 20);
    void markRatingSent(std::int64_t rowid);
    void markJoinSent(std::int64_t rowid);

    bool integrityOk();
    std::int64_t pageCount();
    // SQLite's max_page_count on this connection: writes beyond it fail as on a full disk.
    void capFileSizeForTest(std::int64_t pages);

private:
    void createSchema();
    std::string randomDigits(std::size_t count);
    std::string randomHex(std::size_t bytes);
    OutboxCase readCase(Statement& s);
    void markAcknowledged(std::int64_t id, const std::string& serviceRequestId, const std::string& token,
                          const std::string& at);

    Database db_;
    std::function<std::uint64_t()> random_;
};

}  // namespace kiosk::storage
