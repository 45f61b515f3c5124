#include "server/db/Migrations.h"

#include "server/db/Database.h"

#include <QDir>
#include <QFile>

#include <map>

namespace kp::server {
namespace {

// "0003_referrals.sql" → 3; files without a number prefix are not migrations.
std::map<int, QString> migrationFiles(const QString &directory)
{
    std::map<int, QString> files;
    const auto names = QDir(directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const auto &name : names) {
        bool ok = false;
        const int number = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && number > 0)
            files.emplace(number, directory + QLatin1Char('/') + name);
    }
    return files;
}

} // namespace

int latestSchemaVersion(const QString &directory)
{
    const auto files = migrationFiles(directory);
    return files.empty() ? 0 : files.rbegin()->first;
}

void applyMigrations(Connection &connection, const QString &directory)
{
    const auto files = migrationFiles(directory);
    const auto current = connection.userVersion();
    const int latest = files.empty() ? 0 : files.rbegin()->first;
    if (current > latest)
        throw DbError(0,
                      "database schema version " + std::to_string(current) + " is newer than this server's "
                          + std::to_string(latest));
    for (const auto &[number, path] : files) {
        if (number <= current)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw DbError(0, "cannot read migration " + path.toStdString());
        WriteTransaction transaction(connection);
        connection.exec(QString::fromUtf8(file.readAll()));
        connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(number));
        transaction.commit();
    }
}

} // namespace kp::server
