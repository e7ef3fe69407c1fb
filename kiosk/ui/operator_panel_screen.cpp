#include "ui/operator_panel_screen.h"

#include <algorithm>
#include <string>
#include <vector>

#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/qr_view.h"
#include "widgets/text.h"

namespace kiosk::ui {
namespace {

constexpr std::size_t kLogLineChars = 150;  // a long line is cut: the panel shows the log's gist

// A kiosk waiting to be enrolled: its code, large, and the QR that opens the platform's fleet
// page at it, for the operator to give the platform's admin.
void drawEnrolmentCode(ScreenContext& ctx, float width, float spacing) {
    const core::StringTable& s = ctx.strings;
    const OperatorView& v = ctx.view.operatorPanel;
    ImFont* font = ctx.fonts.standard;
    const float side = std::min(font->FontSize * 6.0f, width * 0.3f);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    widgets::qrCode("operator.enrolment.qr", v.enrolmentLink, side);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(top.x + side + spacing * 2, top.y));
    const float textW = width - side - spacing * 2;
    ImGui::BeginGroup();
    widgets::textBlock(font, widgets::inkColor(), s.get("operator.enrolment.title"), textW);
    const std::string& c = v.enrolmentCode;
    const std::string shown = c.size() == 8 ? c.substr(0, 4) + " " + c.substr(4) : c;
    widgets::textBlock(ctx.fonts.title, widgets::inkColor(), shown, textW);
    widgets::textBlock(font, widgets::mutedInkColor(), s.get("operator.enrolment.how"), textW);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(top.x, std::max(top.y + side, ImGui::GetCursorScreenPos().y) + spacing));
    ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace

void OperatorPanelScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const OperatorView& v = ctx.view.operatorPanel;
    const float width = l.contentMax.x - l.contentMin.x;
    ImFont* font = ctx.fonts.standard;  // the standard size whatever the text size: it is a dense page

    // The buttons first: they must never be pushed off the screen by a long log.
    struct Button {
        const char* id;  // also its label's key
        UiAction action;
        bool available = true;
    };
    // No platform: the sync button says so and does nothing.
    // No printer: 打印测试页 is not there.
    std::vector<Button> buttons{
        {"operator.sync_now", StaffAction{staff::SyncNow{}}, v.syncAvailable},
        {"operator.camera_test", OpenScreen{core::ScreenId::ScanQr}},
        {"operator.speech_test", StaffAction{staff::SpeechTest{}}},
    };
    if (v.printerAvailable) buttons.push_back({"operator.printer_test", PrintTestSlip{}});
    if (v.idCardAvailable) buttons.push_back({"operator.id_card_test", TestIdCardRead{}});
    if (v.enrolAvailable && v.enrolmentCode.empty())
        buttons.push_back({"operator.re_enrol", StaffAction{staff::ReEnrol{}}});
    buttons.push_back({"operator.exit", StaffAction{staff::ExitKiosk{}}});
    const int perRow = l.portrait ? 2 : static_cast<int>(buttons.size());
    const float gap = widgets::kTouchSpacing;
    const ImVec2 size((width - gap * static_cast<float>(perRow - 1)) / static_cast<float>(perRow),
                      std::max(widgets::kMinTouchTarget, font->FontSize * 2.0f));
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        if (i % static_cast<std::size_t>(perRow) != 0)
            ImGui::SameLine(0, gap);
        else if (i > 0)
            ImGui::Dummy(ImVec2(0, gap + 1.0f));  // between rows of buttons: targets apart
        const Button& b = buttons[i];
        const std::string& label = s.get(b.available ? b.id : "operator.no_platform");
        if (widgets::bigButton(b.id, label, size, widgets::ButtonKind::Secondary, font) && b.available)
            ctx.actions.add(b.action);
    }
    // Spacing of the standard size too, whatever the text size (the page is dense by nature).
    const float spacing = font->FontSize * 0.5f;
    ImGui::Dummy(ImVec2(0, spacing));
    if (!v.enrolmentCode.empty()) drawEnrolmentCode(ctx, width, spacing);

    // Landscape: the rows on the left, the log on the right; portrait: the log below the rows.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    // Label and value rows: labels in a column as wide as the widest.
    float labelW = 0;
    for (const OperatorRow& r : v.rows) labelW = std::max(labelW, widgets::measureText(font, s.get(r.labelKey)).x);
    labelW += font->FontSize;
    auto rowsHeight = [&](float rowsW) {
        float h = 0;
        for (const OperatorRow& r : v.rows) h += widgets::measureText(font, r.value, rowsW - labelW).y + spacing * 0.4f;
        return h;
    };
    // In landscape the rows take 55 % of the width, more where their values would wrap past the
    // bottom (特大's taller top bar leaves less height); the log has the rest.
    float rowsW = width;
    if (!l.portrait) {
        for (float share : {0.55f, 0.65f, 0.75f}) {
            rowsW = width * share;
            if (top.y + rowsHeight(rowsW) <= l.contentMax.y) break;
        }
    }
    ImGui::BeginGroup();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const OperatorRow& r : v.rows) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        widgets::drawText(dl, font, at, widgets::mutedInkColor(), s.get(r.labelKey));
        const float valueW = rowsW - labelW;
        widgets::drawText(dl, font, ImVec2(at.x + labelW, at.y), widgets::inkColor(), r.value, valueW);
        ImGui::Dummy(ImVec2(rowsW, widgets::measureText(font, r.value, valueW).y + spacing * 0.4f));
    }
    ImGui::EndGroup();
    float logW = width;
    if (l.portrait) {
        ImGui::Dummy(ImVec2(0, spacing));
    } else {
        logW = width - rowsW - spacing * 2;
        ImGui::SetCursorScreenPos(ImVec2(top.x + rowsW + spacing * 2, top.y));
    }
    ImGui::BeginGroup();
    widgets::textBlock(font, widgets::inkColor(), s.get("operator.log"), logW);
    // The newest lines that fit above the bottom of the screen, each wrapped to the column, the
    // day left out of its time stamp (it is today's log).
    std::vector<std::string> lines;
    float used = 0;
    const float room = l.contentMax.y - ImGui::GetCursorScreenPos().y;
    for (auto it = v.logLines.rbegin(); it != v.logLines.rend(); ++it) {
        std::string line = *it;
        if (line.size() > kLogLineChars) {
            std::size_t cut = kLogLineChars;
            while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // whole characters
            line = line.substr(0, cut) + "…";
        }
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
        if (line.size() > 11 && line[4] == '-' && line[7] == '-' && line[10] == ' ') line = line.substr(11);
        const float h = widgets::measureText(font, line, logW).y;
        if (used + h > room) break;
        used += h;
        lines.insert(lines.begin(), std::move(line));
    }
    if (v.logLines.empty()) widgets::textBlock(font, widgets::mutedInkColor(), s.get("operator.log_empty"), logW);
    for (const std::string& line : lines) widgets::textBlock(font, widgets::mutedInkColor(), line, logW);
    ImGui::EndGroup();
}

}  // namespace kiosk::ui
