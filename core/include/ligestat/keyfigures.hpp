// The key-figure sheet ("Nøgletal", key-figures.md): what goes where, as plain
// data. The add-in reads the workbook, calls planKeyFigures and writes the plan
// with the UNO API; everything that decides the sheet's content lives here, so
// that unit tests can check it without an office.
#pragma once

#include "ligestat/cell.hpp"
#include "ligestat/columns.hpp"
#include "ligestat/settings.hpp"
#include "ligestat/sheet_layout.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ligestat {

// ---- Reading the workbook ---------------------------------------------------

// A distinct text of a column: its first spelling (trimmed) and its row count.
// Spellings that give the same matchKey are one value.
struct DistinctValue {
    std::string text;
    int rows = 0;
    friend bool operator==(const DistinctValue&, const DistinctValue&) = default;
};

// The values that decide which rows the key-figure tables have.
struct DataFacts {
    std::vector<DistinctValue> categories;  // staff categories, most rows first
    std::vector<DistinctValue> levels;      // management levels: top management first, then fewest rows first
    std::vector<DistinctValue> payTitles;   // job titles of rows outside top management, most rows first
    std::vector<DistinctValue> jobTitles;   // every job title, first seen first (the job evaluation sheet)
    bool hasTopManagementRows = false;
    // Rows with a filled CPR cell whose own gender / birth-date / age cell is
    // blank: only then do the formulas read the CPR column for that figure
    // (CPR functions over every row would slow each recalculation).
    bool blankGenderWithCpr = false;
    bool blankBirthDateWithCpr = false;
    bool blankAgeWithCpr = false;
};

// `data` holds the rows below the header, columns as in `columns`.
DataFacts collectFacts(const Range& data, const ColumnMap& columns, const Settings& settings);

// Survey sheets: one answer per row below a header such as "Svar" or "Answer".
bool isSurveyHeader(std::string_view header);
// The distinct answers: the known scale in its order, then others as first seen.
std::vector<std::string> surveyAnswers(const std::vector<Cell>& answers);

// ---- The plan ---------------------------------------------------------------

// Where the HR data is. Rows and columns are 0-based sheet positions.
struct DataBlock {
    std::string sheet;
    int headerRow = 0;
    int firstColumn = 0;  // sheet column of header index 0
    int lastRow = 0;      // last data row (the first is headerRow + 1)
    ColumnMap columns;    // indices relative to firstColumn
    // The header texts (index as in `columns`): the notes name the columns a
    // figure is made of, in the user's own words. May be empty (then the
    // role's name is used).
    std::vector<std::string> headers;
    // Totals, subtotal and footnote rows found below the data (findDataEnd):
    // outside the block, named in the data notes. `row` counts from headerRow + 1.
    std::vector<TrailingRow> leftOutRows;
};

struct SurveyBlock {
    std::string sheet;
    int column = 0;
    int firstRow = 0;  // first answer row
    int lastRow = 0;
    std::vector<std::string> answers;  // from surveyAnswers
};

// The job evaluation sheet's contract (issue 11): its command defines two
// document-level named ranges of equal length, the job titles of its table
// and their category of workers. Section 7 groups by these categories when
// both names exist; the formulas refer to the names, so they stay live.
inline constexpr std::string_view kJobTitlesRangeName = "LigestatJobTitles";
inline constexpr std::string_view kJobCategoriesRangeName = "LigestatJobCategories";

struct JobEvaluationRanges {
    // Their contents when the sheet was generated: which categories there are
    // decides how many rows the section has.
    std::vector<Cell> titles;
    std::vector<Cell> categories;
};

// Last year's staff list (analysis.md §3): another sheet of the workbook,
// read with the same header detection and column choices as this year's.
struct LastYearList {
    DataBlock data;
    DataFacts facts;
};

struct KeyFigureInput {
    DataBlock data;
    DataFacts facts;
    std::optional<LastYearList> lastYear;  // section 9 only when set
    std::optional<SurveyBlock> survey;
    std::optional<JobEvaluationRanges> jobEvaluation;  // both named ranges exist in the document
    Settings settings;
    std::string language = "en";  // "da" or "en": the office's UI language
    double referenceDate = 0;     // date serial of the document: ages are counted at this date
    bool valuesOnly = false;      // the sheet will hold values, not formulas (for .xlsx/PDF)
};

// Fraction: three decimals, for p-values and R².
enum class CellStyle { Title, Subtitle, Section, Header, Label, Count, Decimal, Fraction, Percent, Date, Text, Note };

struct PlannedCell {
    enum class Kind { Text, Number, Formula, ArrayFormula };
    int row = 0;
    int col = 0;
    Kind kind = Kind::Text;
    std::string content;  // the text, or the formula (API grammar: English names, ';')
    double number = 0;
    int rows = 1;  // extent of an array formula
    int cols = 1;
    CellStyle style = CellStyle::Text;
};

enum class ChartKind { Columns, PercentBars };

struct PlannedChart {
    std::string name;
    std::string title;
    // The data: a header row on top and labels in the first column.
    int firstRow = 0, firstCol = 0, lastRow = 0, lastCol = 0;
    // The rows and columns of the sheet the chart covers.
    int anchorRow = 0, anchorCol = 0, rows = 0, cols = 0;
    ChartKind kind = ChartKind::Columns;
};

// Values in [low, high] get the "in band" highlight, other numbers the "outside" one.
struct PlannedBand {
    int firstRow = 0, lastRow = 0, col = 0;
    double low = 0, high = 0;
};

struct KeyFigurePlan {
    std::vector<PlannedCell> cells;
    std::vector<PlannedChart> charts;
    std::vector<PlannedBand> bands;
    std::vector<double> columnWidthsCm;
    // Helper columns (whole results of table functions the visible cells pick
    // from): hidden, and emptied when the sheet holds values only.
    std::vector<int> hiddenColumns;
    // Rows that start a section (keep them with what follows on a printed page).
    std::vector<int> sectionRows;
    // The page style of the sheet, in the sheet's language.
    std::string pageStyleName;
};

// "Nøgletal" or "Key figures".
std::string keyFigureSheetName(std::string_view language);
// `base`, or "base (2)", "base (3)"... when taken (compared by matchKey, as Calc does).
std::string uniqueSheetName(const std::string& base, const std::vector<std::string>& taken);

KeyFigurePlan planKeyFigures(const KeyFigureInput& input);

}  // namespace ligestat
