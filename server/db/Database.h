#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>

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

// One execution of a cached prepared statement. Reset and unbound when it goes out of scope,
// so the next user of the same SQL starts clean. Not copyable; lives on the stack.
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
    bool isNull(int column) const;
    int columnCount() const;

private:
    friend class Connection;
    Query(Connection &connection, sqlite3_stmt *statement);
    void bind(int index, const QString &value);
    void bind(int index, const char *value) { bind(index, QString::fromUtf8(value)); }
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, std::int64_t {value}); }
    void bind(int index, bool value) { bind(index, std::int64_t {value ? 1 : 0}); }
    void bind(int index, std::nullptr_t);
    void bind(int index, const std::optional<QString> &value);

    Connection *m_connection;
    sqlite3_stmt *m_statement;
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
        Query query(*this, prepared(sql));
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
    sqlite3_stmt *prepared(const char *sql);

    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt *> m_statements;
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
