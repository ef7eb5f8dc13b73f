#include "ligestat/form_layout.hpp"

#include <gtest/gtest.h>

using namespace ligestat;

namespace {
const FormPart kLabel{60, 16, 1};
const FormPart kField{80, 24, 1};
const FormPart kButton{50, 24, 0};

void expectRect(const FormRect& r, int x, int y, int w, int h) {
    EXPECT_EQ(r.x, x);
    EXPECT_EQ(r.y, y);
    EXPECT_EQ(r.width, w);
    EXPECT_EQ(r.height, h);
}
}  // namespace

TEST(FormLayout, WideRowsAreSideBySideAndShareTheSpareWidth) {
    // width 300: inner 288; minimal 60 + 4 + 80 = 144; spare 144 split 72/72.
    const FormLayout layout = layoutForm({{kLabel, kField}}, 300);
    expectRect(layout.rects[0][0], 6, 6, 132, 24);
    expectRect(layout.rects[0][1], 142, 6, 152, 24);  // ends at 294 = 300 - margin
    EXPECT_EQ(layout.height, 6 + 24 + 6);
}

TEST(FormLayout, NarrowRowsStack) {
    // width 100: inner 88 < 144, so the label and the field take a line each.
    const FormLayout layout = layoutForm({{kLabel, kField}}, 100);
    expectRect(layout.rects[0][0], 6, 6, 88, 16);
    expectRect(layout.rects[0][1], 6, 26, 88, 24);
    EXPECT_EQ(layout.height, 6 + 16 + 4 + 24 + 6);
}

TEST(FormLayout, FixedPartsKeepTheirWidthAndRowsFollowEachOther) {
    // Row 1: label (stretch) + count (30, fixed) + button (50, fixed) at width 200:
    // inner 188, minimal 60+4+30+4+50 = 148, spare 40 all to the label.
    const FormLayout layout = layoutForm({{kField}, {kLabel, FormPart{30, 16, 0}, kButton}}, 200);
    expectRect(layout.rects[0][0], 6, 6, 188, 24);
    expectRect(layout.rects[1][0], 6, 34, 100, 24);
    expectRect(layout.rects[1][1], 110, 34, 30, 24);
    expectRect(layout.rects[1][2], 144, 34, 50, 24);
    EXPECT_EQ(layout.height, 6 + 24 + 4 + 24 + 6);
}

TEST(FormLayout, HeightGrowsWhenNarrowerAndDegenerateWidthsAreSafe) {
    const std::vector<std::vector<FormPart>> rows{{kLabel, kField}, {kLabel, kField}};
    EXPECT_GT(layoutForm(rows, 100).height, layoutForm(rows, 300).height);
    const FormLayout tiny = layoutForm(rows, 0);
    EXPECT_EQ(tiny.rects[0][0].width, 1);
    EXPECT_GE(tiny.height, 0);
    EXPECT_EQ(layoutForm({}, 300).height, 12);
}

TEST(FormLayout, WrappingTextGrowsByWholeLines) {
    // A 16-pixel line of text 250 pixels wide next to a field, at width 300:
    // label 132 wide (as above) -> ceil(250 / 132) = 2 lines = 32 > the field's 24.
    const FormPart text{60, 16, 1, 250};
    const FormLayout layout = layoutForm({{text, kField}}, 300);
    expectRect(layout.rects[0][0], 6, 6, 132, 32);
    expectRect(layout.rects[0][1], 142, 6, 152, 32);
    // Alone at width 100 (inner 88): ceil(250 / 88) = 3 lines.
    expectRect(layoutForm({{text}}, 100).rects[0][0], 6, 6, 88, 48);
    // Wide enough: one line.
    expectRect(layoutForm({{text}}, 400).rects[0][0], 6, 6, 388, 16);
}
