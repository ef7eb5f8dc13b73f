#include "ligestat/sheet_layout.hpp"

#include "ligestat/text.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace ligestat {

std::optional<std::size_t> findHeaderRow(const std::vector<std::vector<std::string>>& rows) {
    std::optional<std::size_t> best;
    int bestCount = kMinRecognisedHeaders - 1;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const int count = countRecognisedHeaders(rows[r]);
        if (count > bestCount) {
            best = r;
            bestCount = count;
        }
    }
    return best;
}

namespace {

int columnWithHeader(const std::vector<std::string>& headers, const std::string& header) {
    const std::string wanted = matchKey(header);
    for (std::size_t c = 0; c < headers.size(); ++c)
        if (matchKey(headers[c]) == wanted) return static_cast<int>(c);
    return -1;
}

}  // namespace

ColumnMap resolveColumns(const std::vector<std::string>& headers, const Settings& settings) {
    const ColumnMap detected = detectColumns(headers);
    ColumnMap resolved = detected;
    std::array<bool, kColumnRoleCount> chosen{};
    for (const auto& [key, header] : settings.columnHeaders) {
        const auto role = roleFromKey(key);
        if (!role) continue;
        const int column = header.empty() ? -1 : columnWithHeader(headers, header);
        if (!header.empty() && column < 0) continue;  // stale choice: keep what detection found
        resolved[*role] = column;
        chosen[static_cast<std::size_t>(*role)] = true;
    }
    // A column the user gave to a role is no longer available to detection.
    for (std::size_t r = 0; r < kColumnRoleCount; ++r) {
        if (chosen[r] || resolved.column[r] < 0) continue;
        for (std::size_t other = 0; other < kColumnRoleCount; ++other)
            if (chosen[other] && resolved.column[other] == resolved.column[r]) resolved.column[r] = -1;
    }
    return resolved;
}

}  // namespace ligestat

// ---- The end of the data ------------------------------------------------------

namespace ligestat {
namespace {

bool startsWithWords(const std::vector<std::string>& words, std::initializer_list<const char*> phrase) {
    if (words.size() < phrase.size()) return false;
    std::size_t i = 0;
    for (const char* word : phrase)
        if (words[i++] != word) return false;
    return true;
}

// "I alt", "I alt for Afdeling 2", "Total", "Totalt", "Sum", "Subtotal", "Sub-total", "Grand total", "Samlet".
bool namesTotals(std::string_view text) {
    const auto words = matchWords(text);
    for (auto phrase : {std::initializer_list<const char*>{"i", "alt"}, {"total"}, {"totalt"}, {"totals"}, {"sum"},
                        {"subtotal"}, {"sub", "total"}, {"grand", "total"}, {"samlet"}, {"samlede"}, {"sum", "total"}})
        if (startsWithWords(words, phrase)) return true;
    return false;
}

// "* incl. ...", "Note: ...", "Noter", "Kilde: ...", "Source: ...", "Anm.: ...".
bool namesFootnote(std::string_view text) {
    const std::string_view trimmed = trimWhitespace(text);
    if (trimmed.empty()) return false;
    if (trimmed.front() == '*' || trimmed.front() == '#' || trimmed.substr(0, 3) == "\u2020") return true;
    const auto words = matchWords(trimmed);
    for (auto phrase : {std::initializer_list<const char*>{"note"}, {"noter"}, {"notes"}, {"kilde"}, {"source"},
                        {"anm"}, {"fodnote"}, {"footnote"}})
        if (startsWithWords(words, phrase)) return true;
    return false;
}

bool isBlankCell(const Cell& cell) {
    if (isEmpty(cell)) return true;
    if (const auto* text = std::get_if<std::string>(&cell)) return trimWhitespace(*text).empty();
    return false;
}

// Sums of a row, compared as an export rounds them: to the cent, or to the
// krone on a sum of millions.
bool sameSum(double value, double sum) { return std::fabs(value - sum) <= std::max(0.01, 5e-7 * std::fabs(sum)); }

class DataEndFinder {
public:
    DataEndFinder(const Range& rows, const ColumnMap& columns) : rows_(rows), columns_(columns) {}

    DataEnd find() const {
        DataEnd end;
        end.dataRows = rows_.rows;
        for (std::size_t r = rows_.rows; r-- > 0;) {
            if (isBlankRow(r)) continue;
            const auto kind = kindOf(r);
            if (!kind) break;
            end.leftOut.push_back({r, *kind});
            end.dataRows = r;
        }
        // blank rows between the last employee and the first left-out row belong to no one
        while (end.dataRows > 0 && isBlankRow(end.dataRows - 1)) --end.dataRows;
        if (end.leftOut.empty()) end.dataRows = rows_.rows;
        return end;
    }

private:
    const Cell& at(std::size_t r, std::size_t c) const { return rows_.cells[r * rows_.cols + c]; }

    bool isBlankRow(std::size_t r) const {
        for (std::size_t c = 0; c < rows_.cols; ++c)
            if (!isBlankCell(at(r, c))) return false;
        return true;
    }

    std::optional<TrailingKind> kindOf(std::size_t r) const {
        std::size_t filled = 0;
        const std::string* onlyText = nullptr;
        for (std::size_t c = 0; c < rows_.cols; ++c) {
            const Cell& cell = at(r, c);
            if (isBlankCell(cell)) continue;
            ++filled;
            if (const auto* text = std::get_if<std::string>(&cell)) {
                if (namesTotals(*text)) return TrailingKind::Totals;
                onlyText = text;
            }
        }
        if (filled == 1 && onlyText != nullptr && namesFootnote(*onlyText)) return TrailingKind::Footnote;
        if (isSumsRow(r)) return TrailingKind::Totals;
        return std::nullopt;
    }

    // Nothing that names a person, and the pay or FTE equals the sum of the rows above.
    bool isSumsRow(std::size_t r) const {
        for (ColumnRole role : {ColumnRole::Gender, ColumnRole::Cpr, ColumnRole::EmployeeId, ColumnRole::JobTitle})
            if (hasColumn(role) && !isBlankCell(at(r, static_cast<std::size_t>(columns_[role])))) return false;
        for (ColumnRole role : {ColumnRole::Pay, ColumnRole::Fte}) {
            if (!hasColumn(role)) continue;
            const auto c = static_cast<std::size_t>(columns_[role]);
            const auto* value = std::get_if<double>(&at(r, c));
            if (value == nullptr || r < 2) continue;
            double sum = 0;
            for (std::size_t above = 0; above < r; ++above)
                if (const auto* number = std::get_if<double>(&at(above, c))) sum += *number;
            if (sum != 0 && sameSum(*value, sum)) return true;
        }
        return false;
    }

    bool hasColumn(ColumnRole role) const {
        return columns_.has(role) && static_cast<std::size_t>(columns_[role]) < rows_.cols;
    }

    const Range& rows_;
    const ColumnMap& columns_;
};

}  // namespace

DataEnd findDataEnd(const Range& rows, const ColumnMap& columns) { return DataEndFinder(rows, columns).find(); }

std::string leftOutSentence(TrailingKind kind, long sheetRow, std::string_view language) {
    const std::string row = std::to_string(sheetRow);
    const bool da = language == "da";
    if (kind == TrailingKind::Totals)
        return da ? "række " + row + " ligner en totalrække: udeladt" : "row " + row + " looks like a totals row: left out";
    return da ? "række " + row + " ligner en fodnote: udeladt" : "row " + row + " looks like a footnote: left out";
}

}  // namespace ligestat
