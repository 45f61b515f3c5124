#include "server/onboarding/ChecklistStore.h"

#include "server/db/Database.h"
#include "shared/Account.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace kp::server {
namespace {

// A bare JSON value as column text ("true", "\"Text\""): QJsonDocument holds only objects and
// arrays, so the value travels in a one-element array.
QString valueText(const QJsonValue &value)
{
    const auto wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue valueFromText(const QString &text)
{
    return QJsonDocument::fromJson('[' + text.toUtf8() + ']').array().first();
}

QByteArray definitionText(const Checklist &checklist)
{
    return QJsonDocument(checklist.definitionJson()).toJson(QJsonDocument::Compact);
}

QJsonObject objectFromText(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

ChecklistStore::ChecklistStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

std::optional<PublishedChecklist> ChecklistStore::current()
{
    auto row = m_database.connection().query(
        "SELECT version, definition, source, published_at FROM checklist_versions ORDER BY version DESC LIMIT 1");
    if (!row.next())
        return std::nullopt;
    auto checklist = Checklist::fromJson(objectFromText(row.text(1)));
    if (!checklist)
        throw std::runtime_error("a stored checklist version does not parse");
    checklist->version = int(row.integer(0));
    return PublishedChecklist {*checklist, row.text(2), fromApiInstant(row.text(3))};
}

std::optional<Checklist> ChecklistStore::version(int version)
{
    auto row = m_database.connection().query("SELECT definition FROM checklist_versions WHERE version = ?", version);
    if (!row.next())
        return std::nullopt;
    auto checklist = Checklist::fromJson(objectFromText(row.text(0)));
    if (checklist)
        checklist->version = version;
    return checklist;
}

std::optional<int> ChecklistStore::publish(const Checklist &definition, const QString &source)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    const auto text = definitionText(definition);
    const auto hash = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    auto latest = db.query("SELECT version, content_hash FROM checklist_versions ORDER BY version DESC LIMIT 1");
    int next = 1;
    if (latest.next()) {
        if (latest.text(1) == hash)
            return std::nullopt;
        next = int(latest.integer(0)) + 1;
    }
    db.query("INSERT INTO checklist_versions (version, definition, content_hash, source, published_at) "
             "VALUES (?, ?, ?, ?, ?)",
             next, QString::fromUtf8(text), hash, source, toApiInstant(m_clock()))
        .run();
    transaction.commit();
    return next;
}

QMap<QString, QJsonValue> ChecklistStore::answers(const QString &accountId)
{
    QMap<QString, QJsonValue> result;
    auto row
        = m_database.connection().query("SELECT item_id, value FROM checklist_answers WHERE account_id = ?", accountId);
    while (row.next())
        result.insert(row.text(0), valueFromText(row.text(1)));
    return result;
}

QMap<QString, QDateTime> ChecklistStore::answerTimes(const QString &accountId)
{
    QMap<QString, QDateTime> result;
    auto row = m_database.connection().query("SELECT item_id, answered_at FROM checklist_answers WHERE account_id = ?",
                                             accountId);
    while (row.next())
        result.insert(row.text(0), fromApiInstant(row.text(1)));
    return result;
}

void ChecklistStore::writeAnswers(const QString &accountId, const QMap<QString, QJsonValue> &changes,
                                  const QString &answeredBy)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    const auto now = toApiInstant(m_clock());
    for (auto change = changes.begin(); change != changes.end(); ++change) {
        if (change.value().isNull() || change.value().isUndefined()) {
            db.query("DELETE FROM checklist_answers WHERE account_id = ? AND item_id = ?", accountId, change.key())
                .run();
            continue;
        }
        db.query("INSERT INTO checklist_answers (account_id, item_id, value, answered_at, answered_by) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, item_id) DO UPDATE SET "
                 "value = excluded.value, answered_at = excluded.answered_at, answered_by = excluded.answered_by",
                 accountId, change.key(), valueText(change.value()), now, answeredBy)
            .run();
    }
    transaction.commit();
}

QStringList ChecklistStore::addFile(const QString &accountId, const QString &itemId, const ChecklistFile &file)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    QStringList forgotten;
    auto dropped = db.query("DELETE FROM checklist_files WHERE account_id = ?1 AND item_id = ?2 AND sha256 != ?3 "
                            "AND NOT EXISTS (SELECT 1 FROM checklist_answers a WHERE a.account_id = ?1 "
                            "AND a.item_id = ?2 AND a.value = json_quote(checklist_files.sha256)) "
                            "RETURNING sha256",
                            accountId, itemId, file.sha256);
    while (dropped.next())
        forgotten.append(dropped.text(0));
    db.query("INSERT INTO checklist_files (account_id, item_id, sha256, name, size, content_type, uploaded_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, item_id, sha256) DO UPDATE SET "
             "name = excluded.name, uploaded_at = excluded.uploaded_at",
             accountId, itemId, file.sha256, file.name, std::int64_t {file.size}, file.contentType,
             toApiInstant(m_clock()))
        .run();
    QStringList unused;
    for (const auto &sha256 : forgotten) {
        // The same content may be another item's or another customer's upload.
        if (!db.query("SELECT 1 FROM checklist_files WHERE sha256 = ? LIMIT 1", sha256).next())
            unused.append(sha256);
    }
    transaction.commit();
    return unused;
}

std::optional<ChecklistFile> ChecklistStore::file(const QString &accountId, const QString &itemId,
                                                  const QString &sha256)
{
    auto row = m_database.connection().query("SELECT name, size, content_type FROM checklist_files "
                                             "WHERE account_id = ? AND item_id = ? AND sha256 = ?",
                                             accountId, itemId, sha256);
    if (!row.next())
        return std::nullopt;
    return ChecklistFile {sha256, row.text(0), qint64(row.integer(1)), row.text(2)};
}

std::optional<ChecklistCompletion> ChecklistStore::completion(const QString &accountId)
{
    auto row = m_database.connection().query(
        "SELECT completed_at, version, reopened_at FROM checklist_completions WHERE account_id = ?", accountId);
    if (!row.next())
        return std::nullopt;
    return ChecklistCompletion {fromApiInstant(row.text(0)), int(row.integer(1)), fromApiInstant(row.text(2))};
}

bool ChecklistStore::isComplete(const QString &accountId)
{
    return m_database.connection()
        .query("SELECT 1 FROM checklist_completions WHERE account_id = ? AND completed_at IS NOT NULL", accountId)
        .next();
}

void ChecklistStore::markComplete(const QString &accountId, int version)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    db.query("INSERT INTO checklist_completions (account_id, completed_at, version, reopened_at) "
             "VALUES (?, ?, ?, NULL) ON CONFLICT (account_id) DO UPDATE SET "
             "completed_at = excluded.completed_at, version = excluded.version, reopened_at = NULL",
             accountId, toApiInstant(m_clock()), version)
        .run();
    transaction.commit();
}

QStringList ChecklistStore::completedAccounts()
{
    QStringList accounts;
    auto row
        = m_database.connection().query("SELECT account_id FROM checklist_completions WHERE completed_at IS NOT NULL");
    while (row.next())
        accounts.append(row.text(0));
    return accounts;
}

void ChecklistStore::reopen(const QString &accountId)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    db.query("UPDATE checklist_completions SET completed_at = NULL, reopened_at = ? WHERE account_id = ?",
             toApiInstant(m_clock()), accountId)
        .run();
    transaction.commit();
}

ChecklistSourceStatus ChecklistStore::sourceStatus()
{
    auto row = m_database.connection().query(
        "SELECT last_read_at, sheet_modified_at, last_error FROM checklist_source_status WHERE id = 1");
    if (!row.next())
        return {};
    return {fromApiInstant(row.text(0)), fromApiInstant(row.text(1)), objectFromText(row.text(2))};
}

void ChecklistStore::recordRead(const std::optional<QDateTime> &sheetModifiedAt, const QJsonObject &error)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    const auto errorText = error.isEmpty()
        ? std::optional<QString>()
        : std::optional<QString>(QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)));
    const auto modified = sheetModifiedAt && sheetModifiedAt->isValid()
        ? std::optional<QString>(toApiInstant(*sheetModifiedAt))
        : std::nullopt;
    db.query("INSERT INTO checklist_source_status (id, last_read_at, sheet_modified_at, last_error) "
             "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET last_read_at = excluded.last_read_at, "
             "sheet_modified_at = coalesce(excluded.sheet_modified_at, sheet_modified_at), "
             "last_error = excluded.last_error",
             toApiInstant(m_clock()), modified, errorText)
        .run();
    transaction.commit();
}

} // namespace kp::server
