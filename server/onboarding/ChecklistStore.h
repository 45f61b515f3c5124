#pragma once

#include "server/security/Clock.h"
#include "shared/Checklist.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kp::server {

class Database;

struct PublishedChecklist {
    Checklist checklist; // with its version
    QString source;      // "sheet" or "csv"
    QDateTime publishedAt;
};

struct ChecklistFile {
    QString sha256; // the answer's value and the stored file's name
    QString name;
    qint64 size = 0;
    QString contentType;
};

struct ChecklistCompletion {
    QDateTime completedAt; // invalid: reopened by a newer version
    int version = 0;       // the version that was completed
    QDateTime reopenedAt;
    bool isComplete() const { return completedAt.isValid(); }
};

struct ChecklistSourceStatus {
    QDateTime lastReadAt;
    QDateTime sheetModifiedAt;
    QJsonObject lastError; // empty: the last read was fine
};

// Owns every SQL statement on the checklist tables (0003_onboarding.sql). Each write is one
// transaction; it joins a caller's, so ChecklistService can make a publish and the reopening of
// completions one unit.
class ChecklistStore {
public:
    ChecklistStore(Database &database, Clock clock);

    // The live version, or std::nullopt while nothing was ever published.
    std::optional<PublishedChecklist> current();
    std::optional<Checklist> version(int version);
    // Publishes `definition` as a new version unless the live one has the same content;
    // returns the new version's number, or std::nullopt when nothing changed.
    std::optional<int> publish(const Checklist &definition, const QString &source);

    // item_id → value of every answer the account has, removed items' too.
    QMap<QString, QJsonValue> answers(const QString &accountId);
    // item_id → when the account's answer was last written.
    QMap<QString, QDateTime> answerTimes(const QString &accountId);
    // Sets (a value) or removes (Null) each answer, all or none. `answeredBy` is the customer
    // or, for the agency's items, the admin.
    void writeAnswers(const QString &accountId, const QMap<QString, QJsonValue> &changes, const QString &answeredBy);

    // Keeps `file` as the item's latest upload and forgets the item's earlier uploads that no
    // answer names (files tried before the one chosen), so a customer's uploads take at most two
    // files per item. Returns the contents no row names any more (the caller deletes them).
    QStringList addFile(const QString &accountId, const QString &itemId, const ChecklistFile &file);
    std::optional<ChecklistFile> file(const QString &accountId, const QString &itemId, const QString &sha256);

    std::optional<ChecklistCompletion> completion(const QString &accountId);
    // True when the account completed the checklist and it was not reopened since.
    bool isComplete(const QString &accountId);
    void markComplete(const QString &accountId, int version);
    // Accounts whose completion is standing (for reopening after a publish).
    QStringList completedAccounts();
    void reopen(const QString &accountId);

    ChecklistSourceStatus sourceStatus();
    // One read of the sheet: `sheetModifiedAt` when it was read well (kept otherwise), the
    // error (empty: none).
    void recordRead(const std::optional<QDateTime> &sheetModifiedAt, const QJsonObject &error);

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace kp::server
