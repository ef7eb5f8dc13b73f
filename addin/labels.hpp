// Text results shown in cells, per UI language.
#pragma once

#include "function_table.hpp"
#include "ligestat/balance.hpp"

namespace ligestat::addin {

inline Text balanceLabel(Balance balance) {
    switch (balance) {
        case Balance::Balanced: return {"balanced", "balanceret"};
        case Balance::BelowTarget: return {"below target", "under mål"};
        case Balance::Critical: break;
    }
    return {"critical", "kritisk"};
}

}  // namespace ligestat::addin
