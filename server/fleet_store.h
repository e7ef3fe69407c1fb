#pragma once
// What the platform knows of its kiosks (SQLite, fleet.db beside the cases): the devices enrolled
// and the SHA-256 of each one's token, the enrolments waiting for an admin, each device's last
// heartbeats, and the commands queued for it with what the kiosk answered (docs/api.md "Remote
// care"). Thread-safe: every call takes the store's own lock.
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "storage/sqlite_db.h"

namespace kiosk::server {

constexpr int kHeartbeatsKept = 100;              // per device
constexpr int kPendingEnrolmentsKept = 100;       // waiting for an admin: more are refused
constexpr int kPendingEnrolmentsPerClient = 3;    // from one address: a flood from one host fills nothing
constexpr std::int64_t kEnrolmentSeconds = 3600;  // a code not confirmed within an hour expires
constexpr std::int64_t kClaimSeconds = 86400;     // a confirmed code not claimed within a day expires

struct PendingEnrolment {
    std::string code;
    std::string hall;
    std::string appVersion;
    std::int64_t startedAt = 0;  // seconds since 1970
    bool confirmed = false;      // an admin named its device; the kiosk has not yet claimed the token
    std::string deviceId;        // when confirmed
};

enum class EnrolmentStart { Started, TooManyFromClient, TooMany };
enum class EnrolmentConfirm { Confirmed, Unknown, DeviceExists };

struct EnrolmentClaim {
    enum class State { Unknown, Waiting, Issued } state = State::Unknown;
    std::string deviceId;  // Issued: the device's id and its token, given this once
    std::string token;
};

struct QueuedCommand {
    std::string id;  // "c17"
    std::string name;
    std::string args;  // a JSON object of the command's own fields ("{}" for none)
};

struct CommandRecord {
    QueuedCommand command;
    std::string queuedAt;
    std::string deliveredAt;  // "" while queued
    std::string status;       // "" until the kiosk answered: done | refused | failed
    std::string result;       // the kiosk's answer as JSON
    std::string answeredAt;
};

struct DeviceRecord {
    std::string deviceId;
    bool enrolled = false;  // has a token of its own (else it uses one of refserver's --token)
    std::string lastBody;   // its last heartbeat as sent ("" for none)
    std::string lastAt;     // when it arrived (W3C)
    std::int64_t lastAtSeconds = 0;
    std::string screenshotAt;  // when its latest screenshot arrived ("" for none)
};

class FleetStore {
public:
    explicit FleetStore(const std::string& path);

    // Enrolment. start: a new code (in `code`) for a kiosk that keeps `claimHash` (SHA-256 of its
    // claim secret), asking from `client` (its address). confirm: the admin names the device — one
    // enrolled already only with `replace` (re-enrolment: its old token stops working once the
    // kiosk claims the new one). The token is made at the claim; only its SHA-256 is ever stored.
    EnrolmentStart startEnrolment(const std::string& claimHash, const std::string& hall, const std::string& appVersion,
                                  const std::string& client, std::int64_t now, std::string& code);
    EnrolmentConfirm confirmEnrolment(const std::string& code, const std::string& deviceId, bool replace,
                                      std::int64_t now);
    bool discardEnrolment(const std::string& code);
    EnrolmentClaim claim(const std::string& code, const std::string& claimHash, std::int64_t now);
    std::vector<PendingEnrolment> pendingEnrolments(std::int64_t now);
    // The enrolled device a token belongs to (compared by its SHA-256).
    std::optional<std::string> deviceOfToken(const std::string& token);
    bool hasOwnToken(const std::string& deviceId);  // enrolled: only its own token speaks for it

    void recordHeartbeat(const std::string& deviceId, const std::string& at, std::int64_t now, const std::string& body);
    std::optional<std::string> lastHeartbeat(const std::string& deviceId);

    // Commands: queued by an admin, each delivered once (in the next heartbeat's answer), then
    // answered once by the device it was for.
    std::string queueCommand(const std::string& deviceId, const std::string& name, const std::string& args,
                             const std::string& at);
    std::vector<QueuedCommand> deliverCommands(const std::string& deviceId, const std::string& at);
    // False when the command is not this device's, was not delivered, or was answered already.
    bool recordResult(const std::string& deviceId, const std::string& commandId, const std::string& status,
                      const std::string& result, const std::string& at);
    std::optional<CommandRecord> command(const std::string& commandId);
    std::vector<CommandRecord> commandsOf(const std::string& deviceId);  // newest first, at most 20
    void recordScreenshot(const std::string& deviceId, const std::string& at);

    std::vector<DeviceRecord> devices();  // every device that enrolled or sent a heartbeat, by id

private:
    void expireEnrolments(std::int64_t now);  // under mutex_

    std::mutex mutex_;
    storage::Database db_;
};

}  // namespace kiosk::server
