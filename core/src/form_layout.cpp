#include "ligestat/form_layout.hpp"

#include <algorithm>

namespace ligestat {
namespace {

int minimalWidth(const std::vector<FormPart>& row) {
    int width = 0;
    for (const auto& part : row) width += part.minWidth;
    return width + kFormGap * static_cast<int>(row.empty() ? 0 : row.size() - 1);
}

// The part's height at `width`: a wrapping text needs as many lines as it is wider.
int heightAt(const FormPart& part, int width) {
    if (part.textWidth <= width || width <= 0) return part.height;
    const int lines = (part.textWidth + width - 1) / width;
    return part.height * lines;
}

// Returns the row's height.
int placeSideBySide(const std::vector<FormPart>& row, int y, int inner, std::vector<FormRect>& out) {
    int stretchTotal = 0;
    for (const auto& part : row) stretchTotal += part.stretch;
    const int spare = inner - minimalWidth(row);
    int x = kFormMargin, given = 0, stretchSeen = 0;
    for (std::size_t i = 0; i < row.size(); ++i) {
        const FormPart& part = row[i];
        stretchSeen += part.stretch;
        // Cumulative rounding: the shares add up to exactly `spare`.
        const int share = stretchTotal > 0 ? spare * stretchSeen / stretchTotal - given : 0;
        given += share;
        const int width = part.minWidth + share;
        out.push_back({x, y, width, heightAt(part, width)});
        x += width + kFormGap;
    }
    int height = 0;
    for (const auto& rect : out) height = std::max(height, rect.height);
    for (auto& rect : out) rect.height = height;
    return height;
}

int placeStacked(const std::vector<FormPart>& row, int y, int inner, std::vector<FormRect>& out) {
    int top = y;
    for (const auto& part : row) {
        const int height = heightAt(part, inner);
        out.push_back({kFormMargin, top, inner, height});
        top += height + kFormGap;
    }
    return row.empty() ? 0 : top - kFormGap - y;
}

}  // namespace

FormLayout layoutForm(const std::vector<std::vector<FormPart>>& rows, int width) {
    FormLayout layout;
    const int inner = std::max(1, width - 2 * kFormMargin);
    int y = kFormMargin;
    for (const auto& row : rows) {
        std::vector<FormRect> rects;
        const int height = minimalWidth(row) <= inner ? placeSideBySide(row, y, inner, rects)
                                                      : placeStacked(row, y, inner, rects);
        layout.rects.push_back(std::move(rects));
        y += height + kFormGap;
    }
    layout.height = (rows.empty() ? y : y - kFormGap) + kFormMargin;
    return layout;
}

}  // namespace ligestat
