// Danish CPR numbers (functions.md, "Danish CPR numbers").
#pragma once

#include "ligestat/cell.hpp"
#include "ligestat/gender.hpp"
#include "ligestat/result.hpp"

#include <optional>

namespace ligestat {

struct Date {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31
    friend bool operator==(const Date&, const Date&) = default;
};

// Days since 1970-01-01 of a proleptic Gregorian date; and back. Days beyond
// about a billion years give the invalid Date{} (never an overflow).
long daysFromCivil(const Date& date);
Date civilFromDays(long days);
bool isValidDate(const Date& date);

struct CprInfo {
    Date birthDate;
    Gender gender;  // Woman or Man
};

// DDMMYY-SSSS (ASCII hyphen only), DDMMYYSSSS, or a whole number below 1e10
// that lost its leading zero; text is trimmed. Nine-digit text is invalid.
// std::nullopt when the form or the date is invalid.
std::optional<CprInfo> parseCpr(const Cell& cpr);

// Completed years from birth to `at`; BadInput when `at` is before birth or
// either date does not exist. Born 29 Feb: a year older on 1 Mar in other years.
Result<double> completedYears(const Date& birth, const Date& at);

}  // namespace ligestat
