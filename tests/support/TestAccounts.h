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

// Jana with the onboarding state the server tells (`GET /me`): the checklist complete or not.
inline kp::Account onboardedJana(bool checklistComplete)
{
    auto jana = approvedJana();
    jana.onboarding = kp::AccountOnboarding {};
    jana.onboarding->checklistComplete = checklistComplete;
    return jana;
}

// The admin of those tests.
inline kp::Account adminTom()
{
    auto account = approvedJana();
    account.id = QStringLiteral("acc_admin");
    account.name = QStringLiteral("Tom Admin");
    account.role = kp::AccountRole::Admin;
    return account;
}
