#include "server/roadmap/CompletionStore.h"

#include "server/db/Database.h"
#include "shared/Account.h"

namespace kp::server::roadmap {

CompletionStore::CompletionStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QHash<QString, Completion> CompletionStore::of(const QString &accountId)
{
    auto row = m_database.connection().query(
        "SELECT c.stage_id, c.completed_at, c.source, a.name FROM roadmap_completions c "
        "LEFT JOIN accounts a ON a.id = c.admin_id WHERE c.account_id = ?",
        accountId);
    QHash<QString, Completion> all;
    while (row.next())
        all.insert(row.text(0), {fromApiInstant(row.text(1)), row.text(2), row.text(3)});
    return all;
}

void CompletionStore::complete(const QString &accountId, const QString &stageId, const QDateTime &at)
{
    m_database.connection()
        .query("INSERT OR IGNORE INTO roadmap_completions (account_id, stage_id, completed_at, source, updated_at) "
               "VALUES (?, ?, ?, 'auto', ?)",
               accountId, stageId, toApiInstant(at), toApiInstant(m_clock()))
        .run();
}

void CompletionStore::set(const QString &accountId, const QString &stageId, const std::optional<QDateTime> &at,
                          const QString &adminId)
{
    const auto completedAt = at ? std::optional(toApiInstant(*at)) : std::nullopt;
    m_database.connection()
        .query("INSERT INTO roadmap_completions (account_id, stage_id, completed_at, source, admin_id, updated_at) "
               "VALUES (?1, ?2, ?3, 'admin', ?4, ?5) ON CONFLICT (account_id, stage_id) DO UPDATE SET "
               "completed_at = ?3, source = 'admin', admin_id = ?4, updated_at = ?5",
               accountId, stageId, completedAt, adminId, toApiInstant(m_clock()))
        .run();
}

} // namespace kp::server::roadmap
