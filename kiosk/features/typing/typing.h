#pragma once
// Typing on the kiosk: the visit's text fields (by id), the handwriting pad's strokes and their
// candidates, the pinyin and handwriting engines and the keyboards' own font. Other features
// read what was typed (the case's description) through text().
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/feature.h"
#include "app/feature_host.h"
#include "core/ink.h"
#include "core/quick_phrases.h"
#include "core/text_entry.h"
#include "features/typing/input_engines.h"
#include "ui/input_font.h"
#include "ui/screen.h"

namespace kiosk {

class TypingFeature : public Feature {
public:
    explicit TypingFeature(FeatureHost& host);
    std::string_view name() const override { return "typing"; }

    // The quick phrases (assets/demo/quick_phrases.json); their characters join the atlas.
    void loadQuickPhrases();
    void addGlyphs(core::GlyphSet& glyphs) const;
    // The keyboards' font (GB2312), built the first time a text field shows.
    void createInputFont(const std::string& fontPath, int faceIndex, ui::FontTexture& texture);

    // The text field the current screen shows, with its keyboard's state (after the case's view:
    // the description offers its category's phrases).
    void prepareFor(ui::AppView& view, const ui::Screen& current);
    bool apply(const ui::UiAction& action, core::SteadyTime now) override;
    void endVisit() override;

    std::string text(const std::string& field) const;  // "" for a field never typed in
    bool hasField(const std::string& field) const { return entries_.count(field) > 0; }
    void forget(const std::string& field);
    // Fills a field for the resident (a case about a payout starts its description); the caret
    // goes after the text.
    void setText(const std::string& field, const std::string& text);
    const core::TextEntry* entry(const std::string& field) const;
    // The keyboards are usable: engines open and the keyboard font on the GPU.
    bool keyboardReady() const { return engines_.ready() && inputFont_ && inputFont_->settled(); }
    const ui::InputFont& inputFont() const { return *inputFont_; }
    ImFont* inputImFont() const { return inputFont_ ? inputFont_->font() : nullptr; }

private:
    void applyEdit(const ui::EditText& edit);
    core::TextEntry& entryFor(const std::string& field);

    FeatureHost& host_;
    InputEngines engines_;
    std::unique_ptr<ui::InputFont> inputFont_;
    core::QuickPhrasesLoad quickPhrases_;
    std::map<std::string, core::TextEntry> entries_;
    std::map<std::string, core::Ink> ink_;
    std::vector<std::string> handwritingCandidates_;
    std::uint64_t inkShown_ = 0;  // which strokes the candidates must answer (each change counts up)
};

}  // namespace kiosk
