#include "server/onboarding/ChecklistSync.h"

#include "server/core/DomainError.h"
#include "server/onboarding/ChecklistService.h"
#include "server/onboarding/ChecklistSheet.h"
#include "shared/Account.h"
#include "shared/JsonValues.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChecklistSync, "kp.checklist.sync")

namespace kp::server {
namespace {

QJsonObject sheetProblemsError(const QList<SheetProblem> &problems)
{
    QJsonArray problemsJson;
    QStringList described;
    for (const auto &problem : problems) {
        problemsJson.append(problem.toJson());
        if (described.size() < 3)
            described.append(problem.describe());
    }
    return {
        {QStringLiteral("code"), QStringLiteral("invalid_sheet")},
        {QStringLiteral("message"), QStringLiteral("The sheet has problems: ") + described.join(QStringLiteral("; "))},
        {QStringLiteral("problems"), problemsJson}};
}

} // namespace

ChecklistSync::ChecklistSync(ChecklistService &checklists, std::unique_ptr<ChecklistSource> source)
    : m_checklists(checklists)
    , m_source(std::move(source))
{
}

QJsonObject ChecklistSync::syncNow()
{
    if (!m_source)
        throw DomainError(ErrorCode::Unavailable, QStringLiteral("No Google Sheet is configured for the checklist."),
                          {{QStringLiteral("source"), QStringLiteral("not_configured")}});
    const auto outcome = sync(true);
    auto result = status();
    result.insert(QStringLiteral("outcome"), outcome);
    return result;
}

void ChecklistSync::syncIfChanged()
{
    if (m_source)
        sync(false);
}

QString ChecklistSync::sync(bool force)
{
    const std::lock_guard lock(m_mutex);
    auto &store = m_checklists.store();
    const auto known = store.sourceStatus().sheetModifiedAt;
    const auto since = !force && known.isValid() ? std::optional(known) : std::nullopt;
    auto result = m_source->read(since);

    if (std::holds_alternative<SheetUnchanged>(result)) {
        store.recordRead(std::nullopt, {});
        return QStringLiteral("unchanged");
    }
    if (const auto *error = std::get_if<SourceError>(&result)) {
        qCWarning(lcChecklistSync).noquote() << "cannot read the checklist sheet:" << error->message;
        store.recordRead(
            std::nullopt,
            {{QStringLiteral("code"), sourceErrorCode(error->kind)}, {QStringLiteral("message"), error->message}});
        return QStringLiteral("failed");
    }
    const auto &read = std::get<SheetRead>(result);
    auto sheet = ChecklistSheet::read(read.rows);
    if (const auto *problems = std::get_if<QList<SheetProblem>>(&sheet)) {
        const auto error = sheetProblemsError(*problems);
        qCWarning(lcChecklistSync).noquote() << error.value(QLatin1String("message")).toString();
        // sheet_modified_at stays at the last good read, so the next sync reads the sheet again.
        store.recordRead(std::nullopt, error);
        return QStringLiteral("failed");
    }
    const auto published = m_checklists.publish(std::get<Checklist>(sheet), QStringLiteral("sheet"));
    store.recordRead(read.modifiedTime, {});
    return published.newVersion ? QStringLiteral("published") : QStringLiteral("unchanged");
}

QJsonObject ChecklistSync::status()
{
    auto &store = m_checklists.store();
    const auto live = store.current();
    const auto source = store.sourceStatus();
    return {
        {QStringLiteral("source"), live ? QJsonValue(live->source) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version"), live ? live->checklist.version : 0},
        {QStringLiteral("published_at"), json::instantOrNull(live ? live->publishedAt : QDateTime())},
        {QStringLiteral("last_read_at"), json::instantOrNull(source.lastReadAt)},
        {QStringLiteral("sheet_modified_at"), json::instantOrNull(source.sheetModifiedAt)},
        {QStringLiteral("last_error"),
         source.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(source.lastError)},
        {QStringLiteral("sheet"), m_source ? QJsonValue(m_source->describe()) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace kp::server
