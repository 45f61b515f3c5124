#include "client/cache/SqliteConnection.h"

#include <sqlite3.h>

#include <string>

namespace kp::client::cache {

Statement::Statement(SqliteConnection &connection, const char *sql)
    : m_connection(connection)
{
    if (sqlite3_prepare_v2(connection.m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        connection.throwError("prepare");
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, const QString &text)
{
    if (text.isNull())
        return bindNull(index);
    const auto utf8 = text.toUtf8();
    if (sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_connection.throwError("bind");
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    // A zero-length blob is still a blob, not NULL: an empty body differs from no body.
    if (sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_connection.throwError("bind");
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        m_connection.throwError("bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        m_connection.throwError("bind");
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_connection.throwError("step");
}

int Statement::run()
{
    while (next()) { }
    return sqlite3_changes(m_connection.m_db);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    if (isNull(column))
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(data, size) : QByteArray("");
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

SqliteConnection::SqliteConnection(const QString &path)
{
    // NOMUTEX: the connection belongs to one worker thread, SQLite need not lock for us.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw CacheError("cannot open cache: " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
    // WAL + NORMAL survives an app crash without an fsync per write; the outbox relies on that.
    exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close(m_db);
}

void SqliteConnection::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw CacheError("exec: " + text);
    }
}

int SqliteConnection::userVersion()
{
    Statement query(*this, "PRAGMA user_version");
    return query.next() ? int(query.integer(0)) : 0;
}

void SqliteConnection::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; the value is our own integer.
    exec(("PRAGMA user_version = " + std::to_string(version)).c_str());
}

std::int64_t SqliteConnection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteConnection::throwError(const char *context) const
{
    throw CacheError(std::string(context) + ": " + sqlite3_errmsg(m_db));
}

Transaction::Transaction(SqliteConnection &connection)
    : m_connection(connection)
{
    m_connection.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        m_connection.exec("ROLLBACK");
    } catch (const CacheError &) {
        // SQLite already rolled back after the failure that brought us here.
    }
}

void Transaction::commit()
{
    m_connection.exec("COMMIT");
    m_done = true;
}

} // namespace kp::client::cache
