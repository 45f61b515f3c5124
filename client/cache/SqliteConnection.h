#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace kp::client::cache {

// A failed SQLite call of the local cache. The cache is the client's own; a failure here means a
// full or broken disk, never the user's input.
class CacheError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class SqliteConnection;

// One prepared statement, bound and stepped once; finalized when it goes out of scope. The client
// runs a handful of statements per user action, so no statement cache (unlike the server's).
class Statement {
public:
    Statement(SqliteConnection &connection, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &text);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, std::int64_t value);
    Statement &bindNull(int index);

    // True when a row is ready, false when the statement is done ("no more rows" is not an error).
    bool next();
    // Runs a statement that returns no rows; returns the number of rows it changed.
    int run();

    QString text(int column) const;
    QByteArray blob(int column) const;
    std::int64_t integer(int column) const;
    bool isNull(int column) const;

private:
    SqliteConnection &m_connection;
    sqlite3_stmt *m_statement = nullptr;
};

// One connection to a cache file. Not copyable and used by one thread at a time (the cache's
// worker thread); the C header stays in the .cpp.
class SqliteConnection {
public:
    // Opens an existing file or creates it; throws CacheError.
    explicit SqliteConnection(const QString &path);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Runs statements without parameters (schema, pragmas).
    void exec(const char *sql);
    int userVersion();
    void setUserVersion(int version);
    std::int64_t lastInsertId() const;

    [[noreturn]] void throwError(const char *context) const;

private:
    friend class Statement;
    sqlite3 *m_db = nullptr;
};

// BEGIN IMMEDIATE now, ROLLBACK at scope end unless commit() was called.
class Transaction {
public:
    explicit Transaction(SqliteConnection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    SqliteConnection &m_connection;
    bool m_done = false;
};

} // namespace kp::client::cache
