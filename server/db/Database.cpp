#include "server/db/Database.h"

#include "shared/Account.h"

#include <sqlite3.h>

#include <atomic>
#include <map>

namespace kp::server {

std::optional<QString> nullIfInvalid(const QDateTime &instant)
{
    return instant.isValid() ? std::optional(toApiInstant(instant)) : std::nullopt;
}

DbError::DbError(int extendedCode, const std::string &what)
    : std::runtime_error(what)
    , m_code(extendedCode)
{
}

bool DbError::uniqueViolated() const
{
    return m_code == SQLITE_CONSTRAINT_UNIQUE || m_code == SQLITE_CONSTRAINT_PRIMARYKEY;
}

Query::Query(Connection &connection, sqlite3_stmt *statement, bool *lease)
    : m_connection(&connection)
    , m_statement(statement)
    , m_lease(lease)
{
}

Query::Query(Query &&other) noexcept
    : m_connection(other.m_connection)
    , m_statement(other.m_statement)
    , m_lease(other.m_lease)
{
    other.m_statement = nullptr;
    other.m_lease = nullptr;
}

Query::~Query()
{
    if (!m_statement)
        return;
    if (!m_lease) {
        sqlite3_finalize(m_statement);
        return;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    *m_lease = false;
}

bool Query::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_connection->throwError("step");
}

int Query::run()
{
    while (next()) { }
    return sqlite3_changes(sqlite3_db_handle(m_statement));
}

QString Query::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

std::int64_t Query::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Query::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

int Query::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void Query::bind(int index, const QString &value)
{
    const auto utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_connection->throwError("bind");
}

void Query::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        m_connection->throwError("bind");
}

void Query::bind(int index, double value)
{
    if (sqlite3_bind_double(m_statement, index, value) != SQLITE_OK)
        m_connection->throwError("bind");
}

void Query::bind(int index, std::nullptr_t)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        m_connection->throwError("bind");
}

void Query::bind(int index, const std::optional<QString> &value)
{
    if (value)
        bind(index, *value);
    else
        bind(index, nullptr);
}

Connection::Connection(const QString &path)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw DbError(SQLITE_CANTOPEN, "cannot open database: " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                        "PRAGMA foreign_keys = ON;"));
}

Connection::~Connection()
{
    for (auto &[sql, cached] : m_statements)
        sqlite3_finalize(cached.statement);
    sqlite3_close(m_db);
}

std::pair<sqlite3_stmt *, bool *> Connection::prepared(const char *sql)
{
    // Sharing a held statement would reset the outer query or overwrite its bindings. Its own
    // flag, not sqlite3_stmt_busy(): that one also calls a bound but not yet stepped statement
    // free. Nesting is rare, so the fresh statement's cost is paid only then.
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.emplace(sql, Cached {prepare(sql, SQLITE_PREPARE_PERSISTENT), false}).first;
    auto &cached = found->second;
    if (cached.leased)
        return {prepare(sql, 0), nullptr};
    cached.leased = true;
    return {cached.statement, &cached.leased};
}

sqlite3_stmt *Connection::prepare(const char *sql, unsigned flags)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, flags, &statement, nullptr) != SQLITE_OK)
        throwError("prepare");
    return statement;
}

void Connection::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw DbError(sqlite3_extended_errcode(m_db), "exec: " + text);
    }
}

std::int64_t Connection::userVersion()
{
    auto query = this->query("PRAGMA user_version");
    return query.next() ? query.integer(0) : 0;
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Connection::throwError(const char *context) const
{
    throw DbError(sqlite3_extended_errcode(m_db), std::string(context) + ": " + sqlite3_errmsg(m_db));
}

WriteTransaction::WriteTransaction(Connection &connection)
    : m_connection(connection)
    , m_nested(connection.inTransaction())
{
    if (!m_nested)
        m_connection.query("BEGIN IMMEDIATE").run();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done && !m_nested) {
        try {
            m_connection.query("ROLLBACK").run();
        } catch (const DbError &) {
            // Nothing left to undo: SQLite already rolled back after the failure.
        }
    }
}

void WriteTransaction::commit()
{
    if (!m_nested)
        m_connection.query("COMMIT").run();
    m_done = true;
}

ReadTransaction::ReadTransaction(Connection &connection)
    : m_connection(connection)
    , m_nested(connection.inTransaction())
{
    if (!m_nested)
        m_connection.query("BEGIN").run();
}

ReadTransaction::~ReadTransaction()
{
    if (m_nested)
        return;
    try {
        m_connection.query("COMMIT").run(); // ends a read: nothing to write, nothing to lose
    } catch (const DbError &) {
        // A failed read already ended the transaction.
    }
}

namespace {
std::atomic<std::uint64_t> nextGeneration {1};
// Keyed by generation, not address: a new Database at a recycled address must not inherit
// a connection to another file.
thread_local std::map<std::uint64_t, std::unique_ptr<Connection>> threadConnections;
} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_generation(nextGeneration++)
{
}

Database::~Database()
{
    // Other threads' connections close when those threads end; this thread's closes now.
    threadConnections.erase(m_generation);
}

Connection &Database::connection()
{
    auto &slot = threadConnections[m_generation];
    if (!slot)
        slot = std::make_unique<Connection>(m_path);
    return *slot;
}

} // namespace kp::server
