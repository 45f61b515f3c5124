#include "DatabaseSnapshot.h"

#include "server/db/Database.h"

#include <QStringList>

QString databaseSnapshot(const QString &path)
{
    kp::server::Connection db(path);
    QStringList tables;
    {
        auto rows = db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (rows.next())
            tables << rows.text(0);
    }
    QString snapshot;
    for (const auto &table : tables) {
        snapshot += QStringLiteral("## %1\n").arg(table);
        // Table names come from sqlite_master, not from input; a one-off statement is fine here.
        const auto sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table).toUtf8();
        auto rows = db.query(sql.constData());
        QStringList lines;
        while (rows.next()) {
            QStringList cells;
            for (int column = 0; column < rows.columnCount(); ++column)
                cells << (rows.isNull(column) ? QStringLiteral("NULL") : rows.text(column));
            lines << cells.join(QLatin1Char('|'));
        }
        snapshot += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return snapshot;
}

QString databaseSchema(const QString &path)
{
    kp::server::Connection db(path);
    auto schema = QStringLiteral("# user_version %1\n").arg(db.userVersion());
    auto rows = db.query("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name");
    while (rows.next())
        schema += QStringLiteral("## %1 %2\n%3\n").arg(rows.text(0), rows.text(1), rows.text(2));
    return schema;
}
