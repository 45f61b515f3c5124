#pragma once

#include "shared/Account.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace kp::server::roadmap {

// What the roadmap reads of the other modules to complete stages by itself, each fact by the
// account's id (ServerApp wires it from the onboarding, videos and metrics modules, which know
// nothing of the roadmap). An invalid instant or day: not (yet).
struct StageEvidence {
    std::function<QDateTime(const QString &accountId)> checklistCompletedAt;
    // When the last of the published required videos was understood, once all are.
    std::function<QDateTime(const QString &accountId)> videosUnderstoodAt;
    std::function<QDate(const QString &accountId)> firstDayWithLeads;
    // The live checklist's item ids by its `stage` column.
    std::function<QHash<QString, QStringList>()> checklistItemsByStage;
    // When the last of `itemIds` was answered, once every one of them is answered validly.
    std::function<QDateTime(const QString &accountId, const QStringList &itemIds)> itemsAnsweredAt;
};

// How an interest reaches the agency (ServerApp wires it to the callbacks outbox).
struct InterestNotices {
    // Files the notice inside the caller's write transaction; returns its callback id.
    std::function<QString(const Account &customer, const QString &upsellTitle)> file;
    // After the caller committed: send what was filed now rather than at the next poll.
    std::function<void()> sendSoon;
};

} // namespace kp::server::roadmap
