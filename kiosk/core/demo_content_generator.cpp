#include "core/demo_content_generator.h"

#include <array>
#include <nlohmann/json.hpp>
#include <random>

namespace kiosk::core {
namespace {

// std::mt19937 is specified bit for bit; the standard distributions are not, so draws use modulo.
class Draw {
public:
    explicit Draw(std::uint32_t seed) : rng_(seed) {}
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(rng_() % n); }
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(rng_() % static_cast<std::uint32_t>(hi - lo + 1));
    }

private:
    std::mt19937 rng_;
};

struct TypeSpec {
    const char* id;
    const char* name;
    std::int64_t minYuan, maxYuan;
    int weight;  // how many recipients of this type, relatively
};

constexpr std::array kTypes{
    TypeSpec{"dibao", "最低生活保障金", 560, 980, 6},
    TypeSpec{"tekun", "特困人员供养金", 900, 1400, 2},
    TypeSpec{"gaoling", "高龄津贴", 100, 300, 6},
    TypeSpec{"canji_shenghuo", "困难残疾人生活补贴", 80, 120, 3},
    TypeSpec{"canji_huli", "重度残疾人护理补贴", 90, 150, 3},
    TypeSpec{"linshi", "临时救助", 500, 3000, 1},
    TypeSpec{"gengdi", "耕地地力保护补贴", 120, 900, 3},
    TypeSpec{"youfu", "优抚对象抚恤补助", 800, 2200, 1},
    TypeSpec{"guer", "孤儿基本生活费", 1400, 1900, 1},
    TypeSpec{"yanglao", "城乡居民养老保险补贴", 150, 260, 4},
    TypeSpec{"dusheng", "独生子女父母奖励扶助", 80, 100, 2},
};

constexpr std::array kCommunities{
    std::pair{"xingfuli", "幸福里社区"}, std::pair{"guangming", "光明社区"}, std::pair{"dongfeng", "东风社区"},
    std::pair{"xinhua", "新华社区"},     std::pair{"changqing", "长青社区"}, std::pair{"hepan", "河畔村"},
};

// Common surnames, with the polyphonic ones residents search by their surname reading.
constexpr std::array kSurnames{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马",
                               "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "韩",
                               "冯", "邓", "曹", "彭", "曾", "单", "解", "仇", "查", "区", "乐", "翟", "覃"};
constexpr std::array kGiven{"建国", "秀英", "桂英", "志强", "玉兰", "德明", "淑珍", "国华", "凤英", "文华",
                            "大华", "丽",   "伟",   "芳",   "敏",   "静",   "军",   "勇",   "兰英", "春生",
                            "金凤", "海燕", "长青", "福林", "翠花", "振华", "明",   "霞",   "学文", "秋菊",
                            "永贵", "素珍", "桂兰", "德胜", "立新", "红梅", "忠",   "燕",   "荣",   "光明"};
constexpr std::array kFunding{"中央财政", "省级财政", "市级财政", "区级财政"};

std::string periodBefore(const std::string& last, int monthsBack) {
    int year = std::stoi(last.substr(0, 4));
    int month = std::stoi(last.substr(5, 2)) - monthsBack;
    while (month < 1) {
        month += 12;
        --year;
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

}  // namespace

DisclosureSet generateDisclosures(const GeneratorOptions& options) {
    Draw draw(options.seed);
    DisclosureSet set;
    set.version = "demo-" + std::to_string(options.seed) + "-" + std::to_string(options.payoutTarget);
    set.updatedAt = options.updatedAt;
    for (const auto& [id, name] : kCommunities) set.communities.push_back({id, name});
    for (const auto& t : kTypes) set.subsidyTypes.push_back({t.id, t.name});

    // Recipients receive their subsidy every month: payouts = recipients x 12.
    int totalWeight = 0;
    for (const auto& t : kTypes) totalWeight += t.weight;
    const int recipientsPerCommunity = std::max(1, options.payoutTarget / 12 / static_cast<int>(kCommunities.size()));
    std::size_t serial = 0;
    for (std::size_t c = 0; c < kCommunities.size(); ++c) {
        for (int r = 0; r < recipientsPerCommunity; ++r) {
            // Pick the type by weight; the amount stays the same each month, as real payouts do.
            int pick = static_cast<int>(draw.below(static_cast<std::size_t>(totalWeight)));
            std::size_t typeIndex = 0;
            while (pick >= kTypes[typeIndex].weight) pick -= kTypes[typeIndex++].weight;
            const TypeSpec& type = kTypes[typeIndex];
            std::string name = std::string(kSurnames[draw.below(kSurnames.size())]) + kGiven[draw.below(kGiven.size())];
            // The first recipient of the hall's community is the one the search tests look for.
            if (c == 0 && r == 0) name = "王大华";
            const std::int64_t amountFen = draw.between(type.minYuan, type.maxYuan) * 100;
            const char* funding = kFunding[draw.below(kFunding.size())];
            const bool oneOff = std::string(type.id) == "linshi";
            for (int m = 11; m >= 0; --m) {
                if (oneOff && m != static_cast<int>(draw.below(12))) continue;  // temporary aid: one month
                Payout p;
                p.id = "p" + std::to_string(++serial);
                p.recipientName = name;
                p.communityId = kCommunities[c].first;
                p.subsidyTypeId = type.id;
                p.amountFen = amountFen;
                p.period = periodBefore(options.lastPeriod, m);
                p.paidOn = p.period + "-15";
                p.fundingSource = funding;
                p.status = m == 0 && draw.below(20) == 0 ? PayoutStatus::Pending : PayoutStatus::Paid;
                set.payouts.push_back(std::move(p));
            }
        }
    }

    static constexpr std::array kIncome{"上级拨款", "集体经营收入", "社会捐赠", "其他收入"};
    static constexpr std::array kExpense{"办公经费", "干部报酬", "环境整治", "公益事业",
                                         "水电维修", "困难帮扶", "文体活动"};
    for (const auto& [id, name] : kCommunities) {
        std::int64_t balance = draw.between(200000, 800000) * 100;
        for (int m = 11; m >= 0; --m) {
            FinanceStatement f;
            f.communityId = id;
            f.period = periodBefore(options.lastPeriod, m);
            for (const char* category : kIncome) {
                const std::int64_t amount = draw.between(0, 60000) * 100 + static_cast<std::int64_t>(draw.below(100));
                if (amount > 0) f.lines.push_back({true, category, amount});
                balance += amount;
            }
            for (const char* category : kExpense) {
                const std::int64_t amount =
                    draw.between(2000, 40000) * 100 + static_cast<std::int64_t>(draw.below(100));
                f.lines.push_back({false, category, amount});
                balance -= amount;
            }
            f.balanceFen = balance;
            set.finances.push_back(std::move(f));

            const std::string month = std::to_string(std::stoi(set.finances.back().period.substr(5, 2)));
            Notice n1;
            n1.id = std::string(id) + "-" + set.finances.back().period + "-1";
            n1.communityId = id;
            n1.period = set.finances.back().period;
            n1.title = month + "月党务、居务、财务公开";
            n1.body = std::string(name) + month +
                      "月份收支情况已在本机“财务公开”中公示，公示期7天。"
                      "对公示内容有疑问的居民，可到社区服务大厅查阅凭证，或在本机反映问题。";
            set.notices.push_back(n1);
            Notice n2;
            n2.id = std::string(id) + "-" + n1.period + "-2";
            n2.communityId = id;
            n2.period = n1.period;
            n2.title = month + "月低保、特困对象及补贴发放公示";
            n2.body =
                "本月低保、特困供养、高龄津贴等补贴已按时发放。发放名单已在本机“补贴发放”中公示（姓名已作保护处理）。"
                "如发现不符合条件人员享受补贴、或符合条件未纳入的情况，欢迎监督举报。";
            n2.images = {"subsidy_payout.png"};
            set.notices.push_back(n2);
        }
    }
    return set;
}

std::string disclosuresToJson(const DisclosureSet& set) {
    using nlohmann::json;
    json root;
    root["version"] = set.version;
    root["updated_at"] = set.updatedAt;
    for (const auto& c : set.communities) root["communities"].push_back({{"id", c.id}, {"name", c.name}});
    for (const auto& t : set.subsidyTypes) root["subsidy_types"].push_back({{"id", t.id}, {"name", t.name}});
    root["payouts"] = json::array();
    for (const auto& p : set.payouts) {
        root["payouts"].push_back({{"id", p.id},
                                   {"name", p.recipientName},
                                   {"community", p.communityId},
                                   {"type", p.subsidyTypeId},
                                   {"amount_fen", p.amountFen},
                                   {"period", p.period},
                                   {"paid_on", p.paidOn},
                                   {"funding", p.fundingSource},
                                   {"status", payoutStatusName(p.status)}});
    }
    for (const auto& f : set.finances) {
        json lines = json::array();
        for (const auto& l : f.lines) {
            lines.push_back(
                {{"kind", l.isIncome ? "income" : "expense"}, {"category", l.category}, {"amount_fen", l.amountFen}});
        }
        root["finances"].push_back(
            {{"community", f.communityId}, {"period", f.period}, {"balance_fen", f.balanceFen}, {"lines", lines}});
    }
    for (const auto& n : set.notices) {
        root["notices"].push_back({{"id", n.id},
                                   {"community", n.communityId},
                                   {"period", n.period},
                                   {"title", n.title},
                                   {"body", n.body},
                                   {"images", n.images}});
    }
    return root.dump(1);
}

}  // namespace kiosk::core
