#pragma once

#include "server/core/ContentFiles.h"
#include "server/onboarding/ChecklistStore.h"
#include "shared/Account.h"
#include "shared/Checklist.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

namespace kp::server {

class AccountStore;
class Database;

// One customer's checklist as API.md's GET /api/v1/checklist shows it.
struct ChecklistView {
    QString accountId;
    Checklist checklist; // the live version (version 0: none published yet)
    QMap<QString, QJsonValue> answers;
    QMap<QString, ChecklistFile> files; // file items' answers: item_id → the file
    std::optional<ChecklistCompletion> completion;
    bool complete = false;
    QStringList newItemIds; // required items added since the customer completed an older version
    struct Progress {
        int answered = 0; // the customer's items with a valid, non-empty answer
        int total = 0;
        int requiredAnswered = 0;
        int requiredTotal = 0;
        int agencyDone = 0; // the agency's items ticked
        int agencyTotal = 0;
    } progress;

    // `withAccount`: the admin's view names whose checklist it is.
    QJsonObject toJson(bool withAccount = false) const;
};

struct PublishOutcome {
    std::optional<int> newVersion; // std::nullopt: the content was the live one already
    int version = 0;               // the live version afterwards
    int reopened = 0;              // completions reopened by a new required item
};

// The checklist's rules: answers (all or none of a request), files, completion, the agency's
// ticks, and publishing a new version (which reopens completions a new required item makes
// incomplete). Throws DomainError; knows nothing of HTTP.
class ChecklistService {
public:
    ChecklistService(Database &database, ChecklistStore &store, AccountStore &accounts, ContentFiles &files);

    ChecklistView view(const QString &accountId);

    // `answers`: item_id → value (null removes an answer). Every problem of every answer is
    // named (fields keyed by item_id) and then nothing is stored.
    ChecklistView saveAnswers(const Account &customer, const QJsonObject &answers);
    // 422 naming every missing or invalid required item of the customer, or completes.
    ChecklistView complete(const Account &customer);
    // Keeps an uploaded file (spooled at `path`) for a file item; the result's sha256 is the
    // value to answer the item with.
    ChecklistFile attachFile(const Account &customer, const QString &itemId, const QString &path, const QString &name);

    struct StoredDocument {
        ChecklistFile file;
        QString path; // on disk, under <data_dir>/checklist-files/
    };
    // The file that answers `itemId` of the account; 404 when the item has no file answer.
    StoredDocument answeredFile(const QString &accountId, const QString &itemId);
    // Admin: the same for a customer's file; 404 also for an id that is no customer.
    StoredDocument customerFile(const QString &accountId, const QString &itemId);

    // The gate (Gate::OnboardingComplete): complete, or no checklist published at all.
    bool passesGate(const Account &account);

    // What an account shows of its onboarding (API.md GET /api/v1/me `onboarding`); admins have
    // nothing to complete.
    AccountOnboarding onboardingOf(const Account &account);

    // When the last of `itemIds` was answered, once each of them has a valid, non-empty answer
    // (ids not in the live checklist are passed over); invalid before, and when none is in it.
    QDateTime answeredValidlyAt(const QString &accountId, const QStringList &itemIds);
    // The live checklist's item ids by their `stage` column (items without one are left out).
    QHash<QString, QStringList> itemsByStage();

    // Admin: a customer's checklist; 404 for an id that is no customer.
    ChecklistView customerView(const QString &accountId);
    // Admin: ticks (or unticks) one of the agency's items for a customer.
    ChecklistView tickAgencyItem(const QString &accountId, const QString &itemId, bool done, const Account &admin);

    PublishOutcome publish(const Checklist &definition, const QString &source);
    // A CSV upload (the sheet's columns): 422 naming the sheet's problems, changing nothing.
    PublishOutcome importCsv(const QByteArray &csv);

    ChecklistStore &store() { return m_store; }

private:
    Checklist liveChecklist();
    ChecklistView buildView(const QString &accountId, const Checklist &checklist);
    // item_id → problem for each of the customer's required items not answered validly.
    QMap<QString, QString> missingRequired(const Checklist &checklist, const QMap<QString, QJsonValue> &answers);
    void requireCustomer(const QString &accountId);

    Database &m_database;
    ChecklistStore &m_store;
    AccountStore &m_accounts;
    ContentFiles &m_files;
    std::mutex m_filesMutex;
};

} // namespace kp::server
