// The outcome of a spreadsheet function: a value, or one of the two failures
// the spec defines (shown by Calc as #N/A and Err:502).
#pragma once

#include <utility>
#include <variant>

namespace ligestat {

enum class Failure {
    NotAvailable,  // not enough data, or a suppressed figure: #N/A
    BadInput,      // impossible arguments, mismatched shapes, invalid CPR: Err:502
};

template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Failure failure) : state_(failure) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    const T& value() const { return std::get<T>(state_); }
    T& value() { return std::get<T>(state_); }
    Failure failure() const { return std::get<Failure>(state_); }

private:
    std::variant<T, Failure> state_;
};

}  // namespace ligestat
