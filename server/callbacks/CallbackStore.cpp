#include "server/callbacks/CallbackStore.h"

#include "server/db/Database.h"
#include "server/db/RowidCursor.h"
#include "server/security/Tokens.h"
#include "shared/Account.h"

namespace kp::server::callbacks {
namespace {

#define CALLBACK_SELECT                                                                                                \
    "SELECT c.id, c.account_id, c.phone, c.note, c.status, c.created_at, c.updated_at, a.name, a.company, a.email, "   \
    "c.rowid, c.topic FROM callbacks c JOIN accounts a ON a.id = c.account_id "
constexpr int kRowidColumn = 10;

#define DELIVERY_SELECT                                                                                                \
    "SELECT id, callback_id, channel, delivery_key, state, attempts, next_attempt_at, last_error, delivered_at "       \
    "FROM callback_deliveries "

CallbackRecord readCallback(const Query &row)
{
    CallbackRecord record;
    record.id = row.text(0);
    record.accountId = row.text(1);
    record.phone = row.text(2);
    record.note = row.text(3);
    record.status = row.text(4);
    record.createdAt = fromApiInstant(row.text(5));
    record.updatedAt = fromApiInstant(row.text(6));
    record.customerName = row.text(7);
    record.customerCompany = row.text(8);
    record.customerEmail = row.text(9);
    record.topic = row.text(11);
    return record;
}

DeliveryRecord readDelivery(const Query &row)
{
    DeliveryRecord record;
    record.id = row.integer(0);
    record.callbackId = row.text(1);
    record.channel = row.text(2);
    record.deliveryKey = row.text(3);
    record.state = row.text(4);
    record.attempts = int(row.integer(5));
    record.nextAttemptAt = fromApiInstant(row.text(6));
    record.lastError = row.text(7);
    record.deliveredAt = fromApiInstant(row.text(8));
    return record;
}

// Pages newest first.
constexpr QByteArrayView kCallbackCursor = "c";

} // namespace

CallbackStore::CallbackStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

std::optional<CallbackRecord> CallbackStore::insert(const CallbackRecord &request, const QStringList &channels,
                                                    int perHour, QDateTime *oldest)
{
    auto &connection = m_database.connection();
    WriteTransaction transaction(connection);
    const auto at = m_clock();
    if (perHour > 0) {
        auto row = connection.query("SELECT count(*), min(created_at) FROM callbacks WHERE account_id = ? AND "
                                    "topic = ? AND created_at > ?",
                                    request.accountId, request.topic, toApiInstant(at.addSecs(-3600)));
        row.next();
        if (row.integer(0) >= perHour) {
            *oldest = fromApiInstant(row.text(1));
            return std::nullopt;
        }
    }
    const auto id = QStringLiteral("cb_") + tokens::randomCode(16).toLower();
    connection
        .query("INSERT INTO callbacks (id, account_id, phone, note, topic, status, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, 'open', ?, ?)",
               id, request.accountId, request.phone, request.note, request.topic, toApiInstant(at), toApiInstant(at))
        .run();
    for (const auto &channel : channels) {
        // Short enough to read out, random enough (about 60 bits) never to repeat.
        connection
            .query("INSERT INTO callback_deliveries (callback_id, channel, delivery_key, next_attempt_at) "
                   "VALUES (?, ?, ?, ?)",
                   id, channel, tokens::randomCode(12), toInstantWithMs(at))
            .run();
    }
    auto record = find(id);
    transaction.commit();
    return record;
}

std::optional<CallbackRecord> CallbackStore::find(const QString &id)
{
    auto &connection = m_database.connection();
    ReadTransaction snapshot(connection);
    auto row = connection.query(CALLBACK_SELECT "WHERE c.id = ?", id);
    if (!row.next())
        return std::nullopt;
    auto record = readCallback(row);
    record.deliveries = deliveriesOf(id);
    return record;
}

std::optional<CallbackPage> CallbackStore::list(const CallbackFilter &filter, const PageRequest &page)
{
    qint64 beforeRowid = std::numeric_limits<qint64>::max();
    if (!page.cursor.isEmpty()) {
        const auto decoded = decodeRowidCursor(kCallbackCursor, page.cursor);
        if (!decoded)
            return std::nullopt;
        beforeRowid = *decoded;
    }
    auto &connection = m_database.connection();
    ReadTransaction snapshot(connection);
    // A NULL filter value switches that filter off, so one prepared statement serves every list.
    const auto account = filter.accountId.isEmpty() ? std::nullopt : std::optional(filter.accountId);
    const auto topic = filter.topic.isEmpty() ? std::nullopt : std::optional(filter.topic);
    const auto statuses = filter.statuses.isEmpty()
        ? std::nullopt
        : std::optional(QLatin1Char(',') + filter.statuses.join(QLatin1Char(',')) + QLatin1Char(','));
    auto rows = connection.query(CALLBACK_SELECT "WHERE (?1 IS NULL OR c.account_id = ?1) AND "
                                                 "(?2 IS NULL OR instr(?2, ',' || c.status || ',') > 0) AND "
                                                 "(?5 IS NULL OR c.topic = ?5) AND "
                                                 "c.rowid < ?3 ORDER BY c.rowid DESC LIMIT ?4",
                                 account, statuses, beforeRowid, page.limit + 1, topic);
    CallbackPage result;
    qint64 lastRowid = 0;
    while (rows.next()) {
        // One row more than the page holds means "there is more".
        if (result.items.size() == page.limit) {
            result.nextCursor = encodeRowidCursor(kCallbackCursor, lastRowid);
            break;
        }
        result.items.append(readCallback(rows));
        lastRowid = rows.integer(kRowidColumn);
    }
    for (auto &item : result.items)
        item.deliveries = deliveriesOf(item.id);
    return result;
}

int CallbackStore::openCount()
{
    auto row = m_database.connection().query("SELECT count(*) FROM callbacks WHERE status = 'open'");
    row.next();
    return int(row.integer(0));
}

bool CallbackStore::setStatus(const QString &id, const QString &status)
{
    return m_database.connection()
               .query("UPDATE callbacks SET status = ?, updated_at = ? WHERE id = ?", status, toApiInstant(m_clock()),
                      id)
               .run()
        > 0;
}

QList<DeliveryRecord> CallbackStore::deliveriesOf(const QString &callbackId)
{
    auto row = m_database.connection().query(DELIVERY_SELECT "WHERE callback_id = ? ORDER BY id", callbackId);
    QList<DeliveryRecord> all;
    while (row.next())
        all.append(readDelivery(row));
    return all;
}

QList<DeliveryRecord> CallbackStore::dueDeliveries(int limit, const QStringList &pausedChannels)
{
    const auto paused = QLatin1Char(',') + pausedChannels.join(QLatin1Char(',')) + QLatin1Char(',');
    auto row = m_database.connection().query(DELIVERY_SELECT "WHERE state = 'pending' AND next_attempt_at <= ? "
                                                             "AND instr(?, ',' || channel || ',') = 0 "
                                                             "ORDER BY next_attempt_at, id LIMIT ?",
                                             toInstantWithMs(m_clock()), paused, limit);
    QList<DeliveryRecord> all;
    while (row.next())
        all.append(readDelivery(row));
    return all;
}

bool CallbackStore::claim(qint64 deliveryId, const QDateTime &retryAt)
{
    return m_database.connection()
               .query("UPDATE callback_deliveries SET attempts = attempts + 1, next_attempt_at = ? "
                      "WHERE id = ? AND state = 'pending' AND next_attempt_at <= ?",
                      toInstantWithMs(retryAt), deliveryId, toInstantWithMs(m_clock()))
               .run()
        > 0;
}

void CallbackStore::markDelivered(qint64 deliveryId)
{
    m_database.connection()
        .query("UPDATE callback_deliveries SET state = 'delivered', next_attempt_at = NULL, last_error = NULL, "
               "delivered_at = ? WHERE id = ?",
               toApiInstant(m_clock()), deliveryId)
        .run();
}

void CallbackStore::markRetry(qint64 deliveryId, const QDateTime &retryAt, const QString &error)
{
    m_database.connection()
        .query("UPDATE callback_deliveries SET next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'pending'",
               toInstantWithMs(retryAt), error, deliveryId)
        .run();
}

void CallbackStore::markFailed(qint64 deliveryId, const QString &error)
{
    m_database.connection()
        .query("UPDATE callback_deliveries SET state = 'failed', next_attempt_at = NULL, last_error = ? WHERE id = ?",
               error, deliveryId)
        .run();
}

} // namespace kp::server::callbacks
