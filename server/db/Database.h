#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace kp::server {

// A failed SQLite call. `constraintViolated()` tells a UNIQUE/CHECK clash (the caller's fault)
// from everything else (ours).
class DbError : public std::runtime_error {
public:
    DbError(int extendedCode, const std::string &what);
    int extendedCode() const { return m_code; }
    bool uniqueViolated() const;

private:
    int m_code;
};

class Connection;

// An optional text column: an empty text is stored as NULL.
inline std::optional<QString> nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional(text);
}

// An optional instant column: an invalid instant is stored as NULL.
std::optional<QString> nullIfInvalid(const QDateTime &instant);

// One execution of a prepared statement. Usually the connection's cached one for its SQL, which
// it holds until it goes out of scope and then hands back reset and unbound, so the next user of
// the same SQL starts clean. When that statement is already held (a loop that runs the same SQL
// again inside, or two open queries of one SQL) it gets a fresh statement of its own instead,
// finalized at the end. Not copyable; lives on the stack.
class Query {
public:
    Query(Query &&other) noexcept;
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Query &operator=(Query &&) = delete;
    ~Query();

    // Steps once: true when a row is ready, false when the statement is done. Errors throw.
    bool next();
    // Runs a statement that returns no rows; returns the number of rows it changed.
    int run();

    QString text(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    friend class Connection;
    // `lease` is the cache entry's in-use flag, cleared on destruction; nullptr for a statement
    // of this query's own, which it finalizes.
    Query(Connection &connection, sqlite3_stmt *statement, bool *lease);
    void bind(int index, const QString &value);
    void bind(int index, const char *value) { bind(index, QString::fromUtf8(value)); }
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, std::int64_t {value}); }
    // qint64 is long long, std::int64_t is long on LP64 Linux: both bind as integers.
    template <typename T,
              typename = std::enable_if_t<std::is_same_v<T, long long> && !std::is_same_v<long long, std::int64_t>>>
    void bind(int index, T value)
    {
        bind(index, static_cast<std::int64_t>(value));
    }
    void bind(int index, bool value) { bind(index, std::int64_t {value ? 1 : 0}); }
    void bind(int index, double value);
    void bind(int index, std::nullptr_t);
    void bind(int index, const std::optional<QString> &value);

    Connection *m_connection;
    sqlite3_stmt *m_statement;
    bool *m_lease;
};

// One SQLite connection; statements are prepared once and reused. Not copyable, not shared
// between threads (Database hands each thread its own).
class Connection {
public:
    explicit Connection(const QString &path);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    template <typename... Args> Query query(const char *sql, const Args &...args)
    {
        auto [statement, lease] = prepared(sql);
        Query query(*this, statement, lease);
        int index = 0;
        (query.bind(++index, args), ...);
        return query;
    }

    // Runs one or more statements without parameters (migrations, pragmas).
    void exec(const QString &sql);
    std::int64_t userVersion();
    bool inTransaction() const;

    [[noreturn]] void throwError(const char *context) const;

private:
    struct Cached {
        sqlite3_stmt *statement;
        bool leased; // a live Query holds it
    };
    // The cached statement for `sql` with its lease taken, or a fresh uncached one (lease
    // nullptr) when a live Query already holds the cached one.
    std::pair<sqlite3_stmt *, bool *> prepared(const char *sql);
    sqlite3_stmt *prepare(const char *sql, unsigned flags);

    sqlite3 *m_db = nullptr;
    // Node-based: a Query's pointer to its entry's lease stays valid as the map grows.
    std::unordered_map<std::string, Cached> m_statements;
};

// BEGIN IMMEDIATE on construction (writers queue at the start, not halfway through);
// rolls back on destruction unless commit() was called. Inside another WriteTransaction on the
// same connection it joins that one: the outermost decides, so a service can make the writes
// of two stores one unit while each store still guards its own.
class WriteTransaction {
public:
    explicit WriteTransaction(Connection &connection);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    void commit();

private:
    Connection &m_connection;
    bool m_nested;
    bool m_done = false;
};

// Several reads as one consistent snapshot. Also cheaper: every read outside a transaction
// takes and gives back WAL's read lock (file locks, i.e. system calls); a snapshot does it once.
// Inside an open transaction it joins that one.
class ReadTransaction {
public:
    explicit ReadTransaction(Connection &connection);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Connection &m_connection;
    bool m_nested;
};

// The database file. Each thread gets its own connection on first use (WAL lets readers run
// beside the one writer); the first connection applies the migrations.
class Database {
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Connection &connection();
    const QString &path() const { return m_path; }

private:
    QString m_path;
    std::uint64_t m_generation;
};

} // namespace kp::server
