#include "server/roadmap/UpsellResponseStore.h"

#include "server/db/Database.h"
#include "shared/Account.h"

namespace kp::server::roadmap {

UpsellResponseStore::UpsellResponseStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QHash<QString, UpsellResponse> UpsellResponseStore::of(const QString &accountId)
{
    auto &connection = m_database.connection();
    ReadTransaction snapshot(connection);
    QHash<QString, UpsellResponse> all;
    auto dismissed
        = connection.query("SELECT upsell_id, dismissed_at FROM upsell_dismissals WHERE account_id = ?", accountId);
    while (dismissed.next())
        all[dismissed.text(0)].dismissedAt = fromApiInstant(dismissed.text(1));
    auto interested
        = connection.query("SELECT upsell_id, interested_at FROM upsell_interests WHERE account_id = ?", accountId);
    while (interested.next())
        all[interested.text(0)].interestedAt = fromApiInstant(interested.text(1));
    return all;
}

void UpsellResponseStore::dismiss(const QString &accountId, const QString &upsellId)
{
    m_database.connection()
        .query("INSERT OR IGNORE INTO upsell_dismissals (account_id, upsell_id, dismissed_at) VALUES (?, ?, ?)",
               accountId, upsellId, toApiInstant(m_clock()))
        .run();
}

bool UpsellResponseStore::addInterest(const QString &accountId, const QString &upsellId)
{
    return m_database.connection()
               .query("INSERT OR IGNORE INTO upsell_interests (account_id, upsell_id, interested_at) VALUES (?, ?, ?)",
                      accountId, upsellId, toApiInstant(m_clock()))
               .run()
        > 0;
}

void UpsellResponseStore::linkCallback(const QString &accountId, const QString &upsellId, const QString &callbackId)
{
    m_database.connection()
        .query("UPDATE upsell_interests SET callback_id = ? WHERE account_id = ? AND upsell_id = ?", callbackId,
               accountId, upsellId)
        .run();
}

} // namespace kp::server::roadmap
