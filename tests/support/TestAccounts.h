#pragma once

#include "shared/Account.h"

// The approved customer of the client tests that run without a server (FakeNetwork).
inline kp::Account approvedJana()
{
    kp::Account account;
    account.id = QStringLiteral("acc_jana");
    account.email = QStringLiteral("jana@becker.de");
    account.name = QStringLiteral("Jana Becker");
    account.company = QStringLiteral("Becker Immobilien");
    account.status = kp::AccountStatus::Approved;
    account.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    return account;
}
