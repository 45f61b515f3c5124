#pragma once

#include "shared/Account.h"
#include "shared/Checklist.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace kp::client {

// A file the customer uploaded for a file item (openapi.json ChecklistFile); `value` is what the
// item's answer holds.
struct ChecklistFile {
    QString value;
    QString name;
    qint64 size = 0;
    QString contentType;

    static std::optional<ChecklistFile> fromJson(const QJsonObject &json);
};

// The counts the server keeps over the customer's own items (answered validly) and the agency's.
struct ChecklistProgress {
    int answered = 0;
    int total = 0;
    int requiredAnswered = 0;
    int requiredTotal = 0;
    int agencyDone = 0;
    int agencyTotal = 0;
};

// GET /api/v1/checklist as the client reads it: the live checklist with this customer's answers
// (openapi.json CustomerChecklist). The server only builds this shape, it never reads it, so its
// decoder lives with the client.
struct CustomerChecklist {
    Checklist checklist;
    QJsonObject answers; // item_id → value (bool or string)
    QMap<QString, ChecklistFile> files;
    bool complete = false;
    QDateTime completedAt;
    QStringList newItemIds; // required items added since a completed version
    ChecklistProgress progress;

    static std::optional<CustomerChecklist> fromJson(const QJsonObject &json);
    // The same state as the account's `onboarding` (GET /api/v1/me) says it.
    AccountOnboarding accountOnboarding() const;
    // Sets the checklist's part of an account's onboarding, leaving the other features' parts.
    void applyTo(AccountOnboarding &onboarding) const;
};

} // namespace kp::client
