#include "ui/notice_screens.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <vector>

#include "ui/disclosure_hub_screen.h"
#include "ui/disclosure_text.h"
#include "ui/list_labels.h"
#include "ui/payout_list_screen.h"
#include "widgets/big_button.h"
#include "widgets/color_theme.h"
#include "widgets/colors.h"
#include "widgets/kinetic_list.h"
#include "widgets/qr_view.h"
#include "widgets/row_button.h"
#include "widgets/text.h"
#include "widgets/widget_registry.h"

namespace kiosk::ui {
namespace {
using widgets::toImColor;
}

void NoticeListScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const core::StringTable& s = ctx.strings;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);
    const core::DisclosureIndex* shown = drawDisclosureHeader(ctx, "notices.title");
    if (!shown) return;
    const core::DisclosureIndex& index = *shown;
    const auto notices = index.notices(ctx.view.communityId, ctx.view.period);
    if (notices.empty()) {
        widgets::textBlock(ctx.fonts.body, ink, s.get("notices.empty"), width);
        return;
    }
    ImFont* font = ctx.fonts.body;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 listSize(width, l.contentMax.y - pos.y);
    // A title wraps beside "查看 ›" (three lines at most: the reader shows it whole); every row
    // is as tall as the longest title needs.
    const std::string& opens = s.get("list.opens");
    const float pad = font->FontSize * 0.4f;
    const float titleW = widgets::pagedBox(pos, listSize, ctx.fonts.bar, l.portrait).room.x - pad * 3 -
                         widgets::measureText(font, opens).x;
    constexpr std::size_t kMostLines = 3;
    std::vector<std::vector<std::string>> titles;
    std::size_t lines = 1;
    for (const core::Notice* n : notices) {
        std::vector<std::string> wrapped = widgets::wrappedLines(font, n->title, titleW);
        if (wrapped.size() > kMostLines) {
            wrapped.resize(kMostLines);
            wrapped.back() = widgets::withEllipsis(font, wrapped.back(), titleW);
        }
        lines = std::max(lines, wrapped.size());
        titles.push_back(std::move(wrapped));
    }
    const float textH = font->FontSize * static_cast<float>(lines);
    const float rowH = std::max(widgets::kMinTouchTarget * 1.4f, std::round(textH + font->FontSize * 1.2f));
    widgets::kineticList(
        "notices.list", listSize, static_cast<int>(notices.size()), rowH, scroll_, listLabels(s), ctx.fonts.bar,
        l.portrait, [&](int row, ImVec2 min, ImVec2 max) {
            const auto i = static_cast<std::size_t>(row);
            const core::Notice& n = *notices[i];
            ImDrawList* dl = ImGui::GetWindowDrawList();
            if (widgets::rowButton("notices.row." + std::to_string(row), n.title, min, max)) {
                ctx.actions.add(ShowNotice{n.id});
            }
            // A separator line and a "›" say "this opens".
            dl->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), toImColor(widgets::theme().border), 2.0f);
            const float top = min.y + (rowH - font->FontSize * static_cast<float>(titles[i].size())) * 0.5f;
            for (std::size_t k = 0; k < titles[i].size(); ++k) {
                widgets::drawText(dl, font, ImVec2(min.x + pad, top + font->FontSize * static_cast<float>(k)), ink,
                                  titles[i][k]);
            }
            widgets::drawText(
                dl, font,
                ImVec2(max.x - pad - widgets::measureText(font, opens).x, min.y + (rowH - font->FontSize) * 0.5f),
                widgets::toImColor(widgets::theme().primary), opens);
        });
    if (scroll_.animating()) ctx.actions.requestAnimationFrame();
}

namespace {

// A notice laid out in pages of a given room: its pieces (a line of text, or a picture) and the
// piece each page starts with.
struct NoticePiece {
    float height = 0;
    ImFont* font = nullptr;  // a line of text in this font, or
    std::string line;
    ImTextureID picture = nullptr;  // a picture of `pictureSize`
    ImVec2 pictureSize;
};
struct NoticePages {
    std::vector<NoticePiece> pieces;
    std::vector<std::size_t> starts{0};
    float pad = 0;   // margins inside the frame: half a line at the sides,
    float padY = 0;  // a third above and below (height is what a page lacks)
    ImVec2 room;     // the frame's size
    int count() const { return static_cast<int>(starts.size()); }
};

NoticePages layOutNotice(const ScreenContext& ctx, const core::Notice& n, ImVec2 room) {
    const Layout& l = ctx.layout;
    ImFont* body = ctx.fonts.body;
    NoticePages pages;
    pages.room = room;
    pages.pad = body->FontSize * 0.5f;
    pages.padY = body->FontSize * 0.35f;
    const float textW = room.x - pages.pad * 2;
    const float pageH = room.y - pages.padY * 2;
    std::vector<NoticePiece>& pieces = pages.pieces;
    auto addLines = [&](ImFont* font, float lineSpacing, const std::string& text, float gapAfter) {
        const auto lines = widgets::wrappedLines(font, text, textW);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const float extra = i + 1 == lines.size() ? gapAfter : 0.0f;
            pieces.push_back({font->FontSize * lineSpacing + extra, font, lines[i], nullptr, {}});
        }
    };
    // The title's lines are big enough to stand closer; half a gap parts it from the text.
    addLines(ctx.fonts.title, 1.2f, n.title, l.gap * 0.5f);
    addLines(body, 1.3f, n.body, l.gap);
    const std::size_t firstPicture = pieces.size();
    for (const auto& name : n.images) {
        const auto tex = ctx.images.texture((std::filesystem::path(ctx.view.contentImageDir) / name).string());
        if (!tex) continue;
        // As large as a page allows; shrunk below to end a page.
        const float scale =
            std::min({1.0f, textW / static_cast<float>(tex->width), (pageH - l.gap) / static_cast<float>(tex->height)});
        const ImVec2 size(static_cast<float>(tex->width) * scale, static_cast<float>(tex->height) * scale);
        pieces.push_back({size.y + l.gap, nullptr, {}, tex->id, size});
    }
    // Pages: each starts with the first piece that did not fit whole on the one before. A
    // picture that does not fit in what is left of a page is shrunk into it when it keeps at least
    // half its size there, rather than standing alone on a page of its own.
    float used = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const float left = pageH - used;
        if (used > 0 && pieces[i].height > left && i >= firstPicture) {
            const float shrink = (left - l.gap) / pieces[i].pictureSize.y;
            if (shrink >= 0.5f) {
                pieces[i].pictureSize = ImVec2(pieces[i].pictureSize.x * shrink, pieces[i].pictureSize.y * shrink);
                pieces[i].height = pieces[i].pictureSize.y + l.gap;
            }
        }
        if (used > 0 && used + pieces[i].height > pageH) {
            pages.starts.push_back(i);
            used = 0;
        }
        used += pieces[i].height;
    }
    return pages;
}

}  // namespace

// A notice is read page by page, like paper: its title, text and pictures are laid out as pieces
// (a line, a picture), and a page holds the pieces that fit whole. ▲▼ turn the page; nothing is
// ever shown cut in half. The QR code to go on reading on a phone stays in view beside the pages.
void NoticeReaderScreen::drawContent(ScreenContext& ctx) {
    const Layout& l = ctx.layout;
    const float width = l.contentMax.x - l.contentMin.x;
    const ImU32 ink = toImColor(widgets::theme().text);
    if (drawContentUnavailable(ctx) || !ctx.view.shownNotice) return;
    const core::Notice& n = *ctx.view.shownNotice;
    ImFont* body = ctx.fonts.body;
    ImFont* bar = ctx.fonts.bar;
    const widgets::KineticListLabels pageLabels = listLabels(ctx.strings);

    // 继续在手机上看: the notice's page on the platform, always in view — beside the pages in
    // landscape; in portrait under them, the sentence left of the code so the pages keep the height.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = l.contentMax.y - origin.y;
    const std::string& link = ctx.view.shownNoticeLink;
    const std::string& phoneHint = ctx.strings.get("notices.on_phone");
    // The code is for a phone's camera, not for reading: it keeps the standard size's side (a
    // larger 字号 gives its room to the notice's words), and in landscape its sentence wraps in a
    // column no wider than the code needs.
    const float qrSide = link.empty() ? 0.0f : std::round(ctx.fonts.standard->FontSize * 6.0f);
    auto phoneHeight = [&](float columnW) {
        if (link.empty()) return 0.0f;
        const float hintW = l.portrait ? columnW - qrSide - l.gap : columnW;
        const float hintH = widgets::measureText(body, phoneHint, hintW).y;
        return l.portrait ? std::max(hintH, qrSide) : hintH + l.gap * 0.5f + qrSide;
    };
    float phoneW = l.portrait ? width : std::max(qrSide, body->FontSize * 5.5f);
    float phoneH = phoneHeight(phoneW);

    // The page buttons go under the code in landscape where that needs no more pages than under
    // the pages (the pages keep their whole height: at 特大 a page held a two-line title and two
    // lines of text over the buttons' row; the column widens to hold ▲ and ▼ side by side), else
    // under the pages. Beside the pages they took a column from the lines' width.
    const ImVec2 pagesSize = link.empty() ? ImVec2(width, height)
                             : l.portrait ? ImVec2(width, height - phoneH - l.gap)
                                          : ImVec2(width - phoneW - l.gap, height);
    const widgets::PagedBox box = widgets::pagedBox(origin, pagesSize, bar, true);
    NoticePages pages = layOutNotice(ctx, n, box.room);
    bool controlsUnderCode = false;
    // A notice of one page has no page buttons: its frame takes their row too.
    if (pages.count() == 1) pages = layOutNotice(ctx, n, pagesSize);
    if (!l.portrait && !link.empty() && pages.count() > 1) {
        const float columnW = std::max(phoneW, widgets::pageControlsInColumnLeastWidth(pageLabels, bar));
        const float columnH = phoneHeight(columnW);
        if (height - columnH - l.gap >= widgets::pageControlsInColumnHeight(bar)) {
            NoticePages tall = layOutNotice(ctx, n, ImVec2(width - columnW - l.gap, height));
            if (tall.count() <= pages.count()) {
                pages = std::move(tall);
                phoneW = columnW;
                phoneH = columnH;
                controlsUnderCode = true;
            }
        }
    }
    if (!link.empty()) {
        const ImVec2 at =
            l.portrait ? ImVec2(origin.x, l.contentMax.y - phoneH) : ImVec2(l.contentMax.x - phoneW, origin.y);
        ImGui::SetCursorScreenPos(at);
        widgets::textBlock(body, ink, phoneHint, l.portrait ? phoneW - qrSide - l.gap : phoneW);
        ImGui::SetCursorScreenPos(
            l.portrait ? ImVec2(l.contentMax.x - qrSide, at.y)
                       : ImVec2(at.x + (phoneW - qrSide) * 0.5f, ImGui::GetCursorScreenPos().y + l.gap * 0.5f));
        widgets::qrCode("notice.qr", link, qrSide);
    }

    const int pageCount = pages.count();
    page_ = std::clamp(page_, 0, pageCount - 1);
    const std::size_t first = pages.starts[static_cast<std::size_t>(page_)];
    const std::size_t end =
        page_ + 1 < pageCount ? pages.starts[static_cast<std::size_t>(page_) + 1] : pages.pieces.size();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRect(origin, ImVec2(origin.x + pages.room.x, origin.y + pages.room.y), toImColor(widgets::theme().border), 0,
                0, 2.0f);
    // 朗读 reads the whole notice in its own sentences, not the page's lines one by one.
    widgets::WidgetRegistry& registry = widgets::currentRegistry();
    registry.addText(n.title, ctx.fonts.title);
    registry.addText(n.body, body);
    registry.setSpoken(false);
    float y = origin.y + pages.padY;
    for (std::size_t i = first; i < end; ++i) {
        const NoticePiece& piece = pages.pieces[i];
        const ImVec2 at(origin.x + pages.pad, y);
        if (piece.font) {
            widgets::drawText(dl, piece.font, at, ink, piece.line);
        } else {
            dl->AddImage(piece.picture, at, ImVec2(at.x + piece.pictureSize.x, at.y + piece.pictureSize.y));
        }
        y += piece.height;
    }
    registry.setSpoken(true);
    const widgets::PagePosition at{page_ + 1, pageCount, page_ > 0, page_ + 1 < pageCount};
    if (controlsUnderCode) {
        const float controlsH = widgets::pageControlsInColumnHeight(bar);
        page_ += widgets::pageControlsInColumn(
            "notice.page", ImVec2(l.contentMax.x - phoneW, l.contentMax.y - controlsH), phoneW, at, pageLabels, bar);
    } else {
        page_ += widgets::pageControls("notice.page", box, box.room.y, at, pageLabels, bar);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, l.contentMax.y));
}

}  // namespace kiosk::ui
