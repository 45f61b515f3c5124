#pragma once

#include "server/db/Database.h"

#include <QString>

namespace kp::server::roadmap {

// Publishes one draft in one transaction: `markSql` sets the draft's row published (binds the
// instant, then the id) and, when it found the row, `copySql` copies it into the table customers
// read (binds the id). False when there is no such draft. Stages and offers publish alike.
inline bool publishDraft(Connection &connection, const char *markSql, const char *copySql, const QString &instant,
                         const QString &id)
{
    WriteTransaction transaction(connection);
    if (connection.query(markSql, instant, id).run() == 0)
        return false;
    connection.query(copySql, id).run();
    transaction.commit();
    return true;
}

} // namespace kp::server::roadmap
