#include "server/app/RotateKey.h"

#include "server/app/ServerApp.h"
#include "server/config/ServerConfig.h"
#include "server/db/Database.h"
#include "server/security/SecretBox.h"
#include "server/security/SecretColumns.h"

#include <sodium.h>

#include <QFile>

#include <iostream>
#include <vector>

namespace kp::server {
namespace {

struct OpenedValue {
    const SecretColumn *column;
    QString rowKey;
    QByteArray plain;
};

QByteArray selectSql(const SecretColumn &column)
{
    return QByteArrayLiteral("SELECT ") + column.key + ", " + column.column + " FROM " + column.table + " WHERE "
        + column.column + " IS NOT NULL";
}

QByteArray updateSql(const SecretColumn &column)
{
    return QByteArrayLiteral("UPDATE ") + column.table + " SET " + column.column + " = ? WHERE " + column.key + " = ?";
}

// Every sealed value, opened with `ring`; throws KeyRotationError at the first that does not open.
std::vector<OpenedValue> openAll(Connection &db, const SecretBox &ring)
{
    std::vector<OpenedValue> values;
    for (const auto &column : secretColumns) {
        auto rows = db.query(selectSql(column).constData());
        while (rows.next()) {
            auto plain = ring.open(rows.text(1));
            if (!plain)
                throw KeyRotationError(QStringLiteral("%1.%2 of the row with %3 = %4 does not open with any key in "
                                                      "[security] key_file; nothing was changed")
                                           .arg(QLatin1String(column.table), QLatin1String(column.column),
                                                QLatin1String(column.key), rows.text(0))
                                           .toStdString());
            values.push_back({&column, rows.text(0), std::move(*plain)});
        }
    }
    return values;
}

} // namespace

int sealedValueCount(Connection &db)
{
    std::int64_t count = 0;
    for (const auto &column : secretColumns) {
        auto rows = db.query(
            (QByteArrayLiteral("SELECT count(*) FROM ") + column.table + " WHERE " + column.column + " IS NOT NULL")
                .constData());
        if (rows.next())
            count += rows.integer(0);
    }
    return static_cast<int>(count);
}

void refuseNewKeyForOldSecrets(const ServerConfig &config, bool keyFileCreated, Connection &db)
{
    if (!keyFileCreated)
        return;
    const int sealed = sealedValueCount(db);
    if (sealed == 0)
        return;
    QFile::remove(config.keyFilePath());
    throw ConfigError(QStringLiteral("config error: [security] key_file: missing, but the database holds %1 secrets "
                                     "sealed with the key that was in it; restore the file from its backup (%2)")
                          .arg(sealed)
                          .arg(config.keyFilePath())
                          .toStdString());
}

int rotateKey(Connection &db, const QString &keyFile, const std::function<void(RotationStep)> &afterStep)
{
    const auto ring = SecretBox::fromKeyFile(keyFile);
    // WAL with synchronous = NORMAL may lose the last commits on a power cut; the old keys leave
    // the file only once the values sealed with the new key are surely on disk.
    db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    int resealed = 0;
    {
        WriteTransaction transaction(db);
        auto values = openAll(db, ring);

        const auto key = SecretBox::newKey();
        SecretBox::writeKeyFile(keyFile, QList<QByteArray> {key} + ring.keys());
        if (afterStep)
            afterStep(RotationStep::RingExtended);

        const SecretBox next({key});
        for (auto &value : values) {
            db.query(updateSql(*value.column).constData(), next.seal(value.plain), value.rowKey).run();
            sodium_memzero(value.plain.data(), static_cast<size_t>(value.plain.size()));
            ++resealed;
        }
        transaction.commit();
        db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        if (afterStep)
            afterStep(RotationStep::ValuesResealed);
        SecretBox::writeKeyFile(keyFile, {key});
    }
    return resealed;
}

int rotateKeyCommand(ServerApp &server)
{
    if (!server.lockDataDirAlone()) {
        std::cerr << "kundenportal-server: --rotate-key refused: another kundenportal-server uses "
                  << server.config().dataDir.toStdString() << "; stop the server first (nothing was changed)\n";
        return 1;
    }
    try {
        const int resealed = rotateKey(server.database().connection(), server.config().keyFilePath());
        std::cout << "Re-sealed " << resealed << " stored secrets with a new key; "
                  << server.config().keyFilePath().toStdString()
                  << " now holds only that key. Back it up (the old copy no longer opens them).\n";
        return 0;
    } catch (const KeyRotationError &error) {
        std::cerr << "kundenportal-server: --rotate-key failed: " << error.what() << '\n';
        return 1;
    }
}

} // namespace kp::server
