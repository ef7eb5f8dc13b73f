#include "ligestat/cpr.hpp"

#include "ligestat/text.hpp"

#include <array>
#include <cmath>
#include <string>

namespace ligestat {
namespace {

using CprDigits = std::array<int, 10>;

// Years far beyond any date a sheet holds; keeps int years and long days safe.
constexpr long kDayLimit = 365'000'000'000L;  // about a billion years

bool isLeapYear(long year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

std::optional<CprDigits> digitsOfText(std::string_view text) {
    // DDMMYY-SSSS or DDMMYYSSSS; only the ASCII hyphen-minus separates.
    const bool withHyphen = text.size() == 11 && text[6] == '-';
    if (!withHyphen && text.size() != 10) return std::nullopt;
    CprDigits digits{};
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const char c = text[withHyphen && i >= 6 ? i + 1 : i];
        if (c < '0' || c > '9') return std::nullopt;
        digits[i] = c - '0';
    }
    return digits;
}

// A number lost its leading zero (101701234 was 0101701234); it must be a
// whole number of at most ten digits.
std::optional<CprDigits> digitsOfNumber(double number) {
    if (!(number >= 0 && number <= 9'999'999'999.0) || number != std::floor(number)) return std::nullopt;
    auto rest = static_cast<long long>(number);
    CprDigits digits{};
    for (std::size_t i = digits.size(); i-- > 0; rest /= 10) digits[i] = static_cast<int>(rest % 10);
    return digits;
}

std::optional<CprDigits> digitsOf(const Cell& cpr) {
    if (const auto* number = std::get_if<double>(&cpr)) return digitsOfNumber(*number);
    if (const auto* text = std::get_if<std::string>(&cpr)) return digitsOfText(trimWhitespace(*text));
    return std::nullopt;
}

int twoDigits(const CprDigits& digits, std::size_t first) { return digits[first] * 10 + digits[first + 1]; }

// The century from the 7th digit (the first of SSSS) and the two-digit year.
int birthYear(int yearInCentury, int seventhDigit) {
    if (seventhDigit <= 3) return 1900 + yearInCentury;
    if (seventhDigit == 4 || seventhDigit == 9) return (yearInCentury <= 36 ? 2000 : 1900) + yearInCentury;
    return (yearInCentury <= 57 ? 2000 : 1800) + yearInCentury;  // 5 to 8
}

// A replacement number has 6 added to the day's first digit (61..91 for 1..31).
int birthDay(const CprDigits& digits) {
    const int day = twoDigits(digits, 0);
    return digits[0] >= 6 ? day - 60 : day;
}

bool isBefore(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
}

}  // namespace

// Howard Hinnant's days_from_civil, in long so that no int year overflows.
long daysFromCivil(const Date& date) {
    const long year = static_cast<long>(date.year) - (date.month <= 2 ? 1 : 0);
    const long era = (year >= 0 ? year : year - 399) / 400;
    const long yearOfEra = year - era * 400;
    const long month = date.month;
    const long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + date.day - 1;
    const long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// Howard Hinnant's civil_from_days. Days beyond about a billion years give
// the invalid Date{} rather than an overflowing year.
Date civilFromDays(long days) {
    if (days < -kDayLimit || days > kDayLimit) return Date{};
    const long shifted = days + 719468;
    const long era = (shifted >= 0 ? shifted : shifted - 146096) / 146097;
    const long dayOfEra = shifted - era * 146097;
    const long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const long shiftedMonth = (5 * dayOfYear + 2) / 153;
    const long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return Date{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

bool isValidDate(const Date& date) {
    return date.month >= 1 && date.month <= 12 && date.day >= 1 &&
           date.day <= daysInMonth(date.year, date.month);
}

std::optional<CprInfo> parseCpr(const Cell& cpr) {
    const auto digits = digitsOf(cpr);
    if (!digits) return std::nullopt;
    const Date birth{birthYear(twoDigits(*digits, 4), (*digits)[6]), twoDigits(*digits, 2), birthDay(*digits)};
    if (!isValidDate(birth)) return std::nullopt;
    return CprInfo{birth, (*digits)[9] % 2 == 0 ? Gender::Woman : Gender::Man};
}

// Someone born on 29 February turns a year older on 1 March in a year without
// 29 February (the birthday has not passed on 28 February); the (month, day)
// comparison below gives exactly that.
Result<double> completedYears(const Date& birth, const Date& at) {
    if (!isValidDate(birth) || !isValidDate(at) || isBefore(at, birth)) return Failure::BadInput;
    const bool birthdayPassed = at.month > birth.month || (at.month == birth.month && at.day >= birth.day);
    const long long years = static_cast<long long>(at.year) - birth.year - (birthdayPassed ? 0 : 1);
    return static_cast<double>(years);
}

}  // namespace ligestat
