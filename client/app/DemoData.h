#pragma once

#include "shared/Account.h"

#include <QList>

namespace kp::client {

// The made-up accounts of `--screenshot` (resources/demo/accounts.json).
struct DemoData {
    Account customer;
    Account admin;
    QList<Account> pending;
    QList<Account> approved;

    static DemoData load();
};

} // namespace kp::client
