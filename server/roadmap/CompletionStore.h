#pragma once

#include "server/security/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace kp::server {

class Database;

namespace roadmap {

// A customer's row for one stage (roadmap_completions).
struct Completion {
    QDateTime completedAt; // invalid: an admin set it "not done"
    QString source;        // "auto" | "admin"
    QString adminName;     // the admin who set it, or empty

    bool isDone() const { return completedAt.isValid(); }
};

// Owns every SQL statement on `roadmap_completions`.
class CompletionStore {
public:
    CompletionStore(Database &database, Clock clock);

    // stage id → the customer's row.
    QHash<QString, Completion> of(const QString &accountId);
    // An automatic completion at the event's instant; nothing when the stage has a row already
    // (so reading twice gives the same instant, and an admin's "not done" stands).
    void complete(const QString &accountId, const QString &stageId, const QDateTime &at);
    // An admin's word: done at `at`, or not done (nullopt).
    void set(const QString &accountId, const QString &stageId, const std::optional<QDateTime> &at,
             const QString &adminId);

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace roadmap
} // namespace kp::server
