// Text results shown in cells, per UI language.
#pragma once

#include "function_table.hpp"
#include "ligestat/balance.hpp"

namespace ligestat::addin {

inline Text balanceLabel(Balance balance) {
    const BalanceWord word = balanceWord(balance);
    return {word.en, word.da};
}

}  // namespace ligestat::addin
