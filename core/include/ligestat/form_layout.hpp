// Geometry of a sidebar panel: rows of parts (a label, a field, a button)
// placed side by side when the width allows, stacked otherwise. Plain C++ so
// that getHeightForWidth and the relayout on resize share one tested rule.
#pragma once

#include <vector>

namespace ligestat {

struct FormPart {
    int minWidth = 0;  // never narrower than this when side by side
    int height = 0;    // the part's natural height
    int stretch = 1;   // share of the spare width (0 = keeps minWidth)
    int textWidth = 0; // a wrapping text's width on one line: narrower, it takes more lines
};

struct FormRect {
    int x = 0, y = 0, width = 0, height = 0;
};

inline constexpr int kFormMargin = 6;  // around the whole panel
inline constexpr int kFormGap = 4;     // between rows and between parts

struct FormLayout {
    std::vector<std::vector<FormRect>> rects;  // per row, per part
    int height = 0;                            // total, margins included
};

// Side by side, a row is as high as its highest part and every part gets that
// height (labels are centred vertically by the glue); stacked, each part keeps
// its height and takes the whole width. A wrapping text given less than its
// textWidth grows by whole lines. Widths below the margins give 1 pixel.
FormLayout layoutForm(const std::vector<std::vector<FormPart>>& rows, int width);

}  // namespace ligestat
