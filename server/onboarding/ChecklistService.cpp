#include "server/onboarding/ChecklistService.h"

#include "server/accounts/AccountStore.h"
#include "server/core/DomainError.h"
#include "server/db/Database.h"
#include "server/onboarding/ChecklistSheet.h"
#include "server/onboarding/CsvRows.h"
#include "server/onboarding/UploadedDocument.h"
#include "shared/ChecklistValidation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChecklist, "kp.checklist")

namespace kp::server {

namespace v = validation;

namespace {

DomainError noSuchItem()
{
    return DomainError(ErrorCode::NotFound, QStringLiteral("No such checklist item."));
}

bool isValidAnswer(const ChecklistItem &item, const QJsonValue &value)
{
    return !value.isUndefined() && v::isAnswered(value) && !v::checkChecklistAnswer(item, value);
}

} // namespace

QJsonObject ChecklistView::toJson(bool withAccount) const
{
    auto json = checklist.toJson();
    QJsonObject answersJson;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        answersJson.insert(it.key(), it.value());
    QJsonObject filesJson;
    for (auto it = files.begin(); it != files.end(); ++it)
        filesJson.insert(it.key(),
                         QJsonObject {{QStringLiteral("value"), it->sha256},
                                      {QStringLiteral("name"), it->name},
                                      {QStringLiteral("size"), it->size},
                                      {QStringLiteral("content_type"), it->contentType}});
    const auto instant = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(toApiInstant(at)) : QJsonValue(QJsonValue::Null);
    };
    json.insert(QStringLiteral("answers"), answersJson);
    json.insert(QStringLiteral("files"), filesJson);
    json.insert(QStringLiteral("complete"), complete);
    json.insert(QStringLiteral("completed_at"), instant(completion ? completion->completedAt : QDateTime()));
    json.insert(QStringLiteral("reopened_at"), instant(completion ? completion->reopenedAt : QDateTime()));
    json.insert(QStringLiteral("new_item_ids"), QJsonArray::fromStringList(newItemIds));
    json.insert(QStringLiteral("progress"),
                QJsonObject {
                    {QStringLiteral("answered"), progress.answered},
                    {QStringLiteral("total"), progress.total},
                    {QStringLiteral("required_answered"), progress.requiredAnswered},
                    {QStringLiteral("required_total"), progress.requiredTotal},
                    {QStringLiteral("agency_done"), progress.agencyDone},
                    {QStringLiteral("agency_total"), progress.agencyTotal},
                });
    if (withAccount)
        json.insert(QStringLiteral("account_id"), accountId);
    return json;
}

ChecklistService::ChecklistService(Database &database, ChecklistStore &store, AccountStore &accounts,
                                   ContentFiles &files)
    : m_database(database)
    , m_store(store)
    , m_accounts(accounts)
    , m_files(files)
{
}

Checklist ChecklistService::liveChecklist()
{
    const auto current = m_store.current();
    return current ? current->checklist : Checklist {};
}

ChecklistView ChecklistService::view(const QString &accountId)
{
    ReadTransaction snapshot(m_database.connection());
    return buildView(accountId, liveChecklist());
}

ChecklistView ChecklistService::buildView(const QString &accountId, const Checklist &checklist)
{
    ChecklistView view;
    view.accountId = accountId;
    view.checklist = checklist;
    view.answers = m_store.answers(accountId);
    view.completion = m_store.completion(accountId);
    view.complete = checklist.version == 0 || (view.completion && view.completion->isComplete());
    for (const auto &item : checklist.items()) {
        const auto answer = view.answers.value(item.id);
        const bool answered = isValidAnswer(item, answer);
        if (!item.answeredByCustomer()) {
            ++view.progress.agencyTotal;
            view.progress.agencyDone += answered ? 1 : 0;
            continue;
        }
        ++view.progress.total;
        view.progress.answered += answered ? 1 : 0;
        if (item.required) {
            ++view.progress.requiredTotal;
            view.progress.requiredAnswered += answered ? 1 : 0;
        }
        if (item.type == ChecklistItemType::File && answered) {
            if (const auto file = m_store.file(accountId, item.id, answer.toString()))
                view.files.insert(item.id, *file);
        }
    }
    // What a reopened checklist asks anew: required items the completed version did not have.
    if (view.completion && !view.complete && view.completion->version != checklist.version) {
        const auto completed = m_store.version(view.completion->version).value_or(Checklist {});
        for (const auto &item : checklist.items()) {
            if (item.required && item.answeredByCustomer() && !completed.item(item.id))
                view.newItemIds.append(item.id);
        }
    }
    return view;
}

QMap<QString, QString> ChecklistService::missingRequired(const Checklist &checklist,
                                                         const QMap<QString, QJsonValue> &answers)
{
    QMap<QString, QString> problems;
    for (const auto &item : checklist.items()) {
        if (!item.answeredByCustomer())
            continue;
        const auto answer = answers.contains(item.id) ? answers.value(item.id) : QJsonValue(QJsonValue::Undefined);
        if (const auto problem = v::checkRequiredAnswer(item, answer))
            problems.insert(item.id, *problem);
    }
    return problems;
}

ChecklistView ChecklistService::saveAnswers(const Account &customer, const QJsonObject &answers)
{
    WriteTransaction transaction(m_database.connection());
    const auto checklist = liveChecklist();
    QMap<QString, QString> problems;
    QMap<QString, QJsonValue> changes;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const auto *item = checklist.item(it.key());
        if (!item) {
            problems.insert(it.key(), v::problem::unknown);
            continue;
        }
        if (!item->answeredByCustomer()) {
            problems.insert(it.key(), v::problem::unexpected);
            continue;
        }
        const auto value = it.value();
        if (!value.isNull()) {
            if (const auto problem = v::checkChecklistAnswer(*item, value)) {
                problems.insert(it.key(), *problem);
                continue;
            }
            // A file answer names a file this customer uploaded for this very item.
            if (item->type == ChecklistItemType::File && !value.toString().isEmpty()
                && !m_store.file(customer.id, item->id, value.toString())) {
                problems.insert(it.key(), v::problem::invalid);
                continue;
            }
        }
        changes.insert(it.key(), value);
    }
    if (!problems.isEmpty())
        throw DomainError::validation(problems);
    m_store.writeAnswers(customer.id, changes, customer.id);
    // Clearing a required answer after "Abschließen" opens the checklist again.
    if (m_store.isComplete(customer.id) && !missingRequired(checklist, m_store.answers(customer.id)).isEmpty())
        m_store.reopen(customer.id);
    auto result = buildView(customer.id, checklist);
    transaction.commit();
    return result;
}

ChecklistView ChecklistService::complete(const Account &customer)
{
    WriteTransaction transaction(m_database.connection());
    const auto checklist = liveChecklist();
    const auto problems = missingRequired(checklist, m_store.answers(customer.id));
    if (!problems.isEmpty())
        throw DomainError::validation(problems);
    if (!m_store.isComplete(customer.id))
        m_store.markComplete(customer.id, checklist.version);
    auto result = buildView(customer.id, checklist);
    transaction.commit();
    return result;
}

ChecklistFile ChecklistService::attachFile(const Account &customer, const QString &itemId, const QString &path,
                                           const QString &name)
{
    const auto checklist = liveChecklist();
    const auto *item = checklist.item(itemId);
    if (!item || item->type != ChecklistItemType::File || !item->answeredByCustomer())
        throw noSuchItem();
    const auto cleanName = UploadedDocument::cleanName(name);
    if (cleanName.isEmpty() || cleanName.size() > v::limits::fileNameMax)
        throw DomainError::validation(
            {{QStringLiteral("name"), cleanName.isEmpty() ? v::problem::required : v::problem::tooLong}});
    const auto size = QFileInfo(path).size();
    if (size == 0)
        throw DomainError::validation({{QStringLiteral("file"), v::problem::required}});
    const auto contentType = UploadedDocument::contentType(path);
    if (!contentType)
        throw DomainError(ErrorCode::ValidationFailed,
                          QStringLiteral("The file is not a PDF, PNG, JPEG or plain text document."),
                          {{QStringLiteral("file"), v::problem::invalidType}});
    // One upload at a time: another request must not delete a content this one is adopting.
    const std::lock_guard lock(m_filesMutex);
    ChecklistFile file {m_files.adopt(path), cleanName, size, *contentType};
    for (const auto &unused : m_store.addFile(customer.id, itemId, file))
        m_files.remove(unused);
    return file;
}

ChecklistService::StoredDocument ChecklistService::answeredFile(const QString &accountId, const QString &itemId)
{
    const auto value = m_store.answers(accountId).value(itemId);
    const auto file = value.isString() ? m_store.file(accountId, itemId, value.toString()) : std::nullopt;
    if (!file)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("No file answers this item."));
    return {*file, m_files.path(file->sha256)};
}

ChecklistService::StoredDocument ChecklistService::customerFile(const QString &accountId, const QString &itemId)
{
    requireCustomer(accountId);
    return answeredFile(accountId, itemId);
}

bool ChecklistService::passesGate(const Account &account)
{
    if (account.isAdmin() || m_store.isComplete(account.id))
        return true;
    // Nothing was ever asked: no checklist holds anyone back.
    return !m_store.current();
}

AccountOnboarding ChecklistService::onboardingOf(const Account &account)
{
    if (account.isAdmin())
        return {.checklistComplete = true, .checklistCompletedAt = {}, .requiredAnswered = 0, .requiredTotal = 0};
    const auto current = view(account.id);
    return {.checklistComplete = current.complete,
            .checklistCompletedAt
            = current.complete && current.completion ? current.completion->completedAt : QDateTime(),
            .requiredAnswered = current.progress.requiredAnswered,
            .requiredTotal = current.progress.requiredTotal};
}

QDateTime ChecklistService::answeredValidlyAt(const QString &accountId, const QStringList &itemIds)
{
    auto &db = m_database.connection();
    ReadTransaction snapshot(db);
    const auto checklist = liveChecklist();
    const auto answers = m_store.answers(accountId);
    const auto times = m_store.answerTimes(accountId);
    QDateTime last;
    for (const auto &id : itemIds) {
        const auto *item = checklist.item(id);
        if (!item)
            continue;
        const auto value = answers.value(id);
        if (!answers.contains(id) || !v::isAnswered(value) || v::checkChecklistAnswer(*item, value))
            return {};
        const auto at = times.value(id);
        if (!last.isValid() || at > last)
            last = at;
    }
    return last;
}

QHash<QString, QStringList> ChecklistService::itemsByStage()
{
    QHash<QString, QStringList> byStage;
    for (const auto &item : liveChecklist().items()) {
        if (!item.stage.isEmpty())
            byStage[item.stage].append(item.id);
    }
    return byStage;
}

void ChecklistService::requireCustomer(const QString &accountId)
{
    const auto account = m_accounts.findById(accountId);
    if (!account || account->isAdmin())
        throw DomainError(ErrorCode::NotFound, QStringLiteral("No such customer."));
}

ChecklistView ChecklistService::customerView(const QString &accountId)
{
    requireCustomer(accountId);
    return view(accountId);
}

ChecklistView ChecklistService::tickAgencyItem(const QString &accountId, const QString &itemId, bool done,
                                               const Account &admin)
{
    requireCustomer(accountId);
    WriteTransaction transaction(m_database.connection());
    const auto checklist = liveChecklist();
    const auto *item = checklist.item(itemId);
    if (!item)
        throw noSuchItem();
    if (item->answeredByCustomer())
        throw DomainError(ErrorCode::Conflict, QStringLiteral("The customer answers this item, not the agency."),
                          {{QStringLiteral("item_id"), v::problem::invalid}});
    m_store.writeAnswers(accountId, {{itemId, QJsonValue(done)}}, admin.id);
    auto result = buildView(accountId, checklist);
    transaction.commit();
    return result;
}

PublishOutcome ChecklistService::publish(const Checklist &definition, const QString &source)
{
    WriteTransaction transaction(m_database.connection());
    PublishOutcome outcome;
    outcome.newVersion = m_store.publish(definition, source);
    const auto live = liveChecklist();
    outcome.version = live.version;
    if (outcome.newVersion) {
        for (const auto &accountId : m_store.completedAccounts()) {
            if (!missingRequired(live, m_store.answers(accountId)).isEmpty()) {
                m_store.reopen(accountId);
                ++outcome.reopened;
            }
        }
    }
    transaction.commit();
    if (outcome.newVersion)
        qCInfo(lcChecklist) << "published checklist version" << outcome.version << "from" << source << "reopened"
                            << outcome.reopened << "completions";
    return outcome;
}

PublishOutcome ChecklistService::importCsv(const QByteArray &csv)
{
    const auto rows = CsvRows::parse(csv);
    if (!rows.problem.isEmpty())
        throw DomainError(ErrorCode::ValidationFailed, QStringLiteral("The CSV file cannot be read."),
                          {{QStringLiteral("csv"), v::problem::invalid}})
            .withDetail(QStringLiteral("problems"), QJsonArray {SheetProblem {rows.problem, 0, {}, {}}.toJson()});
    auto sheet = ChecklistSheet::read(rows.rows);
    if (const auto *problems = std::get_if<QList<SheetProblem>>(&sheet)) {
        QJsonArray problemsJson;
        QStringList described;
        for (const auto &problem : *problems) {
            problemsJson.append(problem.toJson());
            if (described.size() < 3)
                described.append(problem.describe());
        }
        throw DomainError(ErrorCode::ValidationFailed,
                          QStringLiteral("The sheet has problems: %1").arg(described.join(QStringLiteral("; "))),
                          {{QStringLiteral("csv"), v::problem::invalid}})
            .withDetail(QStringLiteral("problems"), problemsJson);
    }
    return publish(std::get<Checklist>(sheet), QStringLiteral("csv"));
}

} // namespace kp::server
