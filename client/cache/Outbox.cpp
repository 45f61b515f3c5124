#include "client/cache/Outbox.h"

#include "client/cache/CacheDatabase.h"

#include <QUuid>

namespace kp::client::cache {

namespace {

// How long a sent entry stays as a record before the table forgets it.
constexpr std::int64_t keepSentMs = 30LL * 24 * 60 * 60 * 1000;

constexpr const char *columns = "id, method, path, body, body_file, content_type, idempotency_key, label, "
                                "created_at, attempts, state, last_error";

const char *stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return "pending";
    case OutboxEntry::State::Sending:
        return "sending";
    case OutboxEntry::State::Sent:
        return "sent";
    case OutboxEntry::State::Failed:
        return "failed";
    }
    return "pending";
}

OutboxEntry::State stateFrom(const QString &name)
{
    for (const auto state : {OutboxEntry::State::Sending, OutboxEntry::State::Sent, OutboxEntry::State::Failed})
        if (name == QLatin1String(stateName(state)))
            return state;
    return OutboxEntry::State::Pending;
}

OutboxEntry entryFrom(const Statement &row)
{
    OutboxEntry entry;
    entry.id = row.integer(0);
    entry.method = row.text(1).toLatin1();
    entry.path = row.text(2);
    entry.body = row.blob(3);
    entry.bodyFile = row.text(4);
    entry.contentType = row.text(5).toLatin1();
    entry.idempotencyKey = row.text(6);
    entry.label = row.text(7);
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(row.integer(8), Qt::UTC);
    entry.attempts = int(row.integer(9));
    entry.state = stateFrom(row.text(10));
    entry.lastError = row.text(11);
    return entry;
}

// `where` and `limit` are this file's own constants, never input.
QList<OutboxEntry> select(SqliteConnection &connection, const std::string &where, const std::string &limit = {})
{
    // Appended piece by piece: GCC 12 at -O2 warns falsely (-Warray-bounds) on a chain of `+`.
    std::string sql = "SELECT ";
    sql.append(columns).append(" FROM outbox WHERE ").append(where).append(" ORDER BY id").append(limit);
    Statement query(connection, sql.c_str());
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

} // namespace

Outbox::Outbox(CacheDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<OutboxEntry>();
}

void Outbox::enqueue(const OutboxChange &change, QObject *context, std::function<void(std::optional<OutboxEntry>)> done)
{
    OutboxEntry entry;
    entry.method = change.method;
    entry.path = change.path;
    entry.body = change.body;
    entry.bodyFile = change.bodyFile;
    entry.contentType = change.contentType;
    entry.label = change.label;
    // Made here, once (or kept from the first attempt): a retry after a lost answer or a crash
    // sends the same key, and the server answers it with the first result instead of applying
    // the change twice.
    entry.idempotencyKey
        = change.idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : change.idempotencyKey;
    entry.createdAt = QDateTime::currentDateTimeUtc();

    // `this` is safe in `done`: the context guard is this object, so a destroyed outbox gets no call.
    m_database.query<std::optional<OutboxEntry>>(
        this,
        [entry](SqliteConnection &connection) -> std::optional<OutboxEntry> {
            Statement insert(connection,
                             "INSERT INTO outbox (method, path, body, body_file, content_type, idempotency_key, "
                             "label, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            insert.bind(1, QString::fromLatin1(entry.method))
                .bind(2, entry.path)
                .bind(3, entry.body)
                .bind(4, entry.bodyFile)
                .bind(5, QString::fromLatin1(entry.contentType))
                .bind(6, entry.idempotencyKey)
                .bind(7, entry.label)
                .bind(8, std::int64_t {entry.createdAt.toMSecsSinceEpoch()});
            insert.run();
            auto stored = entry;
            stored.id = connection.lastInsertId();
            return stored;
        },
        std::nullopt,
        [this, guard = QPointer<QObject>(context), done = std::move(done)](std::optional<OutboxEntry> stored) {
            if (guard && done)
                done(stored);
            if (stored)
                emit enqueued(*stored);
        });
}

void Outbox::nextToSend(QObject *context, std::function<void(std::optional<OutboxEntry>)> done)
{
    m_database.query<std::optional<OutboxEntry>>(
        context,
        [](SqliteConnection &connection) -> std::optional<OutboxEntry> {
            const auto entries = select(connection, "state IN ('pending', 'sending')", " LIMIT 1");
            return entries.isEmpty() ? std::nullopt : std::optional(entries.first());
        },
        std::nullopt, std::move(done));
}

void Outbox::unsent(QObject *context, std::function<void(QList<OutboxEntry>)> done)
{
    m_database.query<QList<OutboxEntry>>(
        context, [](SqliteConnection &connection) { return select(connection, "state != 'sent'"); }, {},
        std::move(done));
}

void Outbox::markSending(qint64 id)
{
    m_database.execute([id](SqliteConnection &connection) {
        Statement update(connection, "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?1");
        update.bind(1, std::int64_t {id}).run();
    });
}

void Outbox::markPending(qint64 id, const QString &error)
{
    m_database.execute([id, error](SqliteConnection &connection) {
        Statement update(connection, "UPDATE outbox SET state = 'pending', last_error = ?2 WHERE id = ?1");
        update.bind(1, std::int64_t {id}).bind(2, error).run();
    });
}

void Outbox::markSent(qint64 id)
{
    m_database.execute([id](SqliteConnection &connection) {
        // The body goes: it may hold personal data and is of no further use. The row stays a
        // while as a record of what was sent.
        Statement update(connection,
                         "UPDATE outbox SET state = 'sent', body = NULL, last_error = '', finished_at = ?2 "
                         "WHERE id = ?1");
        const auto now = QDateTime::currentMSecsSinceEpoch();
        update.bind(1, std::int64_t {id}).bind(2, std::int64_t {now}).run();
        Statement prune(connection, "DELETE FROM outbox WHERE state = 'sent' AND finished_at < ?1");
        prune.bind(1, std::int64_t {now - keepSentMs}).run();
    });
}

void Outbox::markFailed(qint64 id, const QString &error)
{
    m_database.execute([id, error](SqliteConnection &connection) {
        Statement update(connection,
                         "UPDATE outbox SET state = 'failed', last_error = ?2, finished_at = ?3 WHERE id = ?1");
        update.bind(1, std::int64_t {id})
            .bind(2, error)
            .bind(3, std::int64_t {QDateTime::currentMSecsSinceEpoch()})
            .run();
    });
}

void Outbox::remove(qint64 id)
{
    m_database.execute([id](SqliteConnection &connection) {
        Statement remove(connection, "DELETE FROM outbox WHERE id = ?1");
        remove.bind(1, std::int64_t {id}).run();
    });
}

} // namespace kp::client::cache
