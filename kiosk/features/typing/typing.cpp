#include "features/typing/typing.h"

#include <spdlog/spdlog.h>

#include "ui/case_screen.h"
#include "ui/font_library.h"
#include "ui/payout_search_screen.h"

namespace kiosk {
namespace {
constexpr std::size_t kMaxNameChars = 10;  // a name searched for: the longest names have few characters
}

TypingFeature::TypingFeature(FeatureHost& host)
    : host_(host),
      engines_(input::PinyinDecoder::kDefaultDictionary, input::HandwritingRecognizer::kDefaultModel,
               host.inbox().waker()) {}

void TypingFeature::loadQuickPhrases() {
    quickPhrases_ = core::loadQuickPhrasesFile(host_.assets().quickPhrases());
    for (const auto& problem : quickPhrases_.problems) spdlog::warn("content: {}", problem);
}

void TypingFeature::addGlyphs(core::GlyphSet& glyphs) const {
    for (const auto& [context, phrases] : quickPhrases_.byContext) {
        for (const auto& phrase : phrases) glyphs.addText(phrase);
    }
}

void TypingFeature::createInputFont(const std::string& fontPath, int faceIndex, ui::FontTexture& texture) {
    Inbox& inbox = host_.inbox();
    inputFont_ = std::make_unique<ui::InputFont>(
        fontPath, faceIndex, texture, [this, &inbox] { inbox.post([this] { inputFont_->installIfReady(); }); });
}

void TypingFeature::prepareFor(ui::AppView& view, const ui::Screen& current) {
    ui::TextEntryView& v = view.textEntry;
    v = {};
    const std::string field(current.textField(view));
    if (field.empty()) return;
    // The engines and the keyboard font are made the first time a field shows, off the UI thread.
    engines_.open();
    inputFont_->request(host_.fonts().glyphs(), host_.textSize());
    v.field = field;
    v.entry = &entryFor(field);
    v.ink = &ink_[field];
    v.ready = keyboardReady();
    v.pinyinAvailable = !v.ready || engines_.pinyinAvailable();
    v.handwritingAvailable = !v.ready || engines_.handwritingAvailable();
    if (v.ready && v.entry->mode() == core::EntryMode::Pinyin && !v.entry->composing().empty()) {
        v.pinyin = &engines_.pinyin(v.entry->composing());
    }
    if (!v.ink->empty()) v.handwriting = handwritingCandidates_;
    const auto phrases = quickPhrases_.byContext.find(field);
    if (phrases != quickPhrases_.byContext.end()) v.quickPhrases = phrases->second;
    // The case description offers its category's phrases.
    const core::CaseFlow* flow = view.caseView.flow;
    if (field == ui::kCaseDescriptionField && flow && flow->category()) v.quickPhrases = flow->category()->phrases;
}

// A field's entry, made on first use with the field's own limit: a typed place is short
// (core::kMaxTypedPlaceChars), a name shorter still, everything else takes up to 500 characters.
core::TextEntry& TypingFeature::entryFor(const std::string& field) {
    auto it = entries_.find(field);
    if (it == entries_.end()) {
        const std::size_t maxChars = field == ui::kCasePlaceField      ? core::kMaxTypedPlaceChars
                                     : field == ui::kPayoutSearchField ? kMaxNameChars
                                                                       : core::kMaxDescriptionChars;
        it = entries_.emplace(field, core::TextEntry(maxChars)).first;
    }
    return it->second;
}

void TypingFeature::setText(const std::string& field, const std::string& text) {
    entryFor(field).setText(text);
}

bool TypingFeature::apply(const ui::UiAction& action, core::SteadyTime /*now*/) {
    const auto* edit = std::get_if<ui::EditText>(&action);
    if (!edit) return false;
    applyEdit(*edit);
    return true;
}

void TypingFeature::applyEdit(const ui::EditText& edit) {
    core::TextEntry& entry = entryFor(edit.field);
    core::Ink& ink = ink_[edit.field];
    bool inkChanged = false;
    std::visit(
        [&](const auto& op) {
            using Op = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<Op, ui::edit::Letter>) {
                entry.typeLetter(op.letter);
            } else if constexpr (std::is_same_v<Op, ui::edit::Erase>) {
                entry.backspace();
            } else if constexpr (std::is_same_v<Op, ui::edit::Clear>) {
                entry.clear();
            } else if constexpr (std::is_same_v<Op, ui::edit::MoveCaret>) {
                if (op.delta < 0) entry.moveCaretLeft();
                if (op.delta > 0) entry.moveCaretRight();
            } else if constexpr (std::is_same_v<Op, ui::edit::Insert>) {
                entry.insert(op.text);
            } else if constexpr (std::is_same_v<Op, ui::edit::ChoosePinyin>) {
                entry.chooseCandidate(op.hanzi, op.letters);
            } else if constexpr (std::is_same_v<Op, ui::edit::SetMode>) {
                entry.setMode(op.mode);
            } else if constexpr (std::is_same_v<Op, ui::edit::AddStroke>) {
                if (!op.stroke.empty() && ink.size() < 64) ink.push_back(op.stroke);
                inkChanged = true;
            } else if constexpr (std::is_same_v<Op, ui::edit::UndoStroke>) {
                if (!ink.empty()) ink.pop_back();
                inkChanged = true;
            } else if constexpr (std::is_same_v<Op, ui::edit::ClearInk>) {
                ink.clear();
                inkChanged = true;
            }
        },
        edit.op);
    if (!inkChanged) return;
    // Old candidates belong to other ink: hide them until the worker answers for this one.
    handwritingCandidates_.clear();
    const std::uint64_t shown = ++inkShown_;
    if (ink.empty()) return;
    engines_.recognise(ink, host_.inbox().replyTo<InputEngines::Candidates>(
                                host_.visit(), [this, shown](InputEngines::Candidates candidates) {
                                    if (shown == inkShown_) handwritingCandidates_ = std::move(candidates);
                                }));
}

void TypingFeature::endVisit() {
    entries_.clear();
    ink_.clear();
    handwritingCandidates_.clear();
    inputFont_->release();  // 16–32 MB only while someone may type
}

std::string TypingFeature::text(const std::string& field) const {
    const auto it = entries_.find(field);
    return it == entries_.end() ? std::string{} : it->second.textUtf8();
}

void TypingFeature::forget(const std::string& field) {
    entries_.erase(field);
    ink_.erase(field);
}

const core::TextEntry* TypingFeature::entry(const std::string& field) const {
    const auto it = entries_.find(field);
    return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace kiosk
