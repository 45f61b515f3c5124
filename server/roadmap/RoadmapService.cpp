#include "server/roadmap/RoadmapService.h"

#include "server/accounts/AccountStore.h"
#include "server/core/DomainError.h"
#include "server/db/Database.h"
#include "server/http/JsonFields.h"
#include "shared/ChecklistValidation.h"

#include <QTimeZone>

namespace kp::server::roadmap {
namespace {

namespace v = kp::validation;

constexpr qsizetype kMaxUpsells = 2; // never more than two cards at once (issue 18)

// A day as an instant: noon UTC shows as the same date in every time zone from UTC-11 to UTC+11.
QDateTime noonOf(QDate day)
{
    return day.isValid() ? QDateTime(day, QTime(12, 0), QTimeZone::utc()) : QDateTime();
}

RoadmapStage customerStage(const StageContent &stage, const QString &status, const Completion &completion)
{
    return {stage.id,
            stage.title,
            stage.description,
            status,
            completion.isDone() ? completion.completedAt : QDateTime(),
            stage.actor,
            stage.nowText};
}

RoadmapUpsell customerUpsell(const UpsellContent &upsell)
{
    return {upsell.id, upsell.title, upsell.text, upsell.cta, upsell.url};
}

DomainError customersOnly()
{
    return DomainError(ErrorCode::Forbidden, QStringLiteral("The roadmap is the customers' own."));
}

} // namespace

QString RoadmapService::Progress::statusAt(qsizetype index) const
{
    if (current < 0 || index < current)
        return QStringLiteral("done");
    if (index == current)
        return QStringLiteral("current");
    return completions.value(stages.at(index).id).isDone() ? QStringLiteral("done") : QStringLiteral("upcoming");
}

RoadmapService::RoadmapService(Database &database, Stores stores, AccountStore &accounts, StageEvidence evidence,
                               InterestNotices notices, Clock clock)
    : m_database(database)
    , m_stores(stores)
    , m_accounts(accounts)
    , m_evidence(std::move(evidence))
    , m_notices(std::move(notices))
    , m_clock(std::move(clock))
{
}

Roadmap RoadmapService::roadmap(const Account &customer)
{
    if (customer.isAdmin())
        throw customersOnly();
    const auto progress = progressOf(customer);
    Roadmap roadmap;
    for (qsizetype i = 0; i < progress.stages.size(); ++i) {
        const auto &stage = progress.stages.at(i);
        roadmap.stages.append(customerStage(stage, progress.statusAt(i), progress.completions.value(stage.id)));
    }
    const auto responses = m_stores.responses.of(customer.id);
    for (const auto &upsell : m_stores.upsells.published()) {
        if (roadmap.upsells.size() < kMaxUpsells && offers(upsell, progress, responses.value(upsell.id)))
            roadmap.upsells.append(customerUpsell(upsell));
    }
    return roadmap;
}

QString RoadmapService::currentStage(const Account &account)
{
    if (account.isAdmin())
        return {};
    const auto progress = progressOf(account);
    return progress.current < 0 ? QString() : progress.stages.at(progress.current).id;
}

AdminRoadmap RoadmapService::adminRoadmap(const QString &accountId)
{
    const auto customer = requireCustomer(accountId);
    const auto progress = progressOf(customer);
    AdminRoadmap roadmap;
    roadmap.accountId = customer.id;
    for (qsizetype i = 0; i < progress.stages.size(); ++i) {
        const auto &stage = progress.stages.at(i);
        const auto completion = progress.completions.value(stage.id);
        const bool done = completion.isDone();
        roadmap.stages.append({customerStage(stage, progress.statusAt(i), completion), stage.completesBy,
                               done ? completion.source : QString(),
                               done && completion.source == QLatin1String("admin") ? completion.adminName : QString()});
    }
    const auto responses = m_stores.responses.of(customer.id);
    qsizetype shown = 0;
    for (const auto &upsell : m_stores.upsells.published()) {
        const auto response = responses.value(upsell.id);
        const bool offered = shown < kMaxUpsells && offers(upsell, progress, response);
        shown += offered ? 1 : 0;
        roadmap.upsells.append(
            {customerUpsell(upsell), upsell.stageIds, offered, response.dismissedAt, response.interestedAt});
    }
    return roadmap;
}

AdminRoadmap RoadmapService::mark(const Account &admin, const QString &accountId, const QString &stageId,
                                  const QJsonObject &body)
{
    JsonFields read(body);
    const bool done = read.requiredBool(QStringLiteral("done"));
    const auto dayText = read.optionalString(QStringLiteral("completed_on"));
    QDate day;
    if (dayText) {
        day = QDate::fromString(*dayText, Qt::ISODate);
        if (!done)
            read.addProblem(QStringLiteral("completed_on"), v::problem::unexpected);
        else if (v::checkIsoDate(*dayText) || day > m_clock().toUTC().date().addDays(1))
            // No day in the future; tomorrow UTC is today already east of it.
            read.addProblem(QStringLiteral("completed_on"), v::problem::invalid);
    }
    read.finish();
    requireCustomer(accountId);
    if (!m_stores.stages.find(stageId))
        throw DomainError(ErrorCode::NotFound, QStringLiteral("There is no such stage."));
    std::optional<QDateTime> at;
    if (done)
        at = day.isValid() ? noonOf(day) : m_clock();
    m_stores.completions.set(accountId, stageId, at, admin.id);
    return adminRoadmap(accountId);
}

void RoadmapService::dismiss(const Account &customer, const QString &upsellId)
{
    const auto upsell = requirePublished(customer, upsellId);
    m_stores.responses.dismiss(customer.id, upsell.id);
}

void RoadmapService::interest(const Account &customer, const QString &upsellId)
{
    const auto upsell = requirePublished(customer, upsellId);
    WriteTransaction transaction(m_database.connection());
    if (!m_stores.responses.addInterest(customer.id, upsell.id))
        return; // told the agency the first time
    const auto callbackId = m_notices.file(customer, upsell.title);
    m_stores.responses.linkCallback(customer.id, upsell.id, callbackId);
    transaction.commit();
    if (m_notices.sendSoon)
        m_notices.sendSoon();
}

RoadmapService::Progress RoadmapService::progressOf(const Account &account)
{
    Progress progress;
    progress.stages = m_stores.stages.published();
    materialise(account, progress.stages);
    progress.completions = m_stores.completions.of(account.id);
    for (qsizetype i = 0; i < progress.stages.size() && progress.current < 0; ++i) {
        if (!progress.completions.value(progress.stages.at(i).id).isDone())
            progress.current = i;
    }
    if (progress.current >= 0)
        progress.upsellStage = progress.stages.at(progress.current).id;
    else if (!progress.stages.isEmpty())
        progress.upsellStage = progress.stages.last().id;
    return progress;
}

void RoadmapService::materialise(const Account &account, const QList<StageContent> &stages)
{
    const auto rows = m_stores.completions.of(account.id);
    QHash<QString, QStringList> items;
    bool itemsRead = false;
    for (const auto &stage : stages) {
        if (rows.contains(stage.id) || stage.completesBy == QLatin1String("admin"))
            continue;
        if (stage.completesBy == QLatin1String("items") && !itemsRead) {
            items = m_evidence.checklistItemsByStage();
            itemsRead = true;
        }
        if (const auto at = evidence(account, stage, items); at.isValid())
            m_stores.completions.complete(account.id, stage.id, at);
    }
}

QDateTime RoadmapService::evidence(const Account &account, const StageContent &stage,
                                   const QHash<QString, QStringList> &items)
{
    const auto &by = stage.completesBy;
    if (by == QLatin1String("approval")) {
        if (account.status != AccountStatus::Approved)
            return {};
        // An account made approved (demo data, a command line) was approved when it was created.
        return account.decidedAt.isValid() ? account.decidedAt : account.createdAt;
    }
    if (by == QLatin1String("checklist"))
        return m_evidence.checklistCompletedAt(account.id);
    if (by == QLatin1String("videos"))
        return m_evidence.videosUnderstoodAt(account.id);
    if (by == QLatin1String("first_leads"))
        return noonOf(m_evidence.firstDayWithLeads(account.id));
    if (by == QLatin1String("items")) {
        auto ids = stage.itemIds + items.value(stage.id);
        ids.removeDuplicates();
        return ids.isEmpty() ? QDateTime() : m_evidence.itemsAnsweredAt(account.id, ids);
    }
    return {};
}

bool RoadmapService::offers(const UpsellContent &upsell, const Progress &progress, const UpsellResponse &response)
{
    return !progress.upsellStage.isEmpty() && upsell.stageIds.contains(progress.upsellStage)
        && !response.dismissedAt.isValid() && !response.interestedAt.isValid();
}

Account RoadmapService::requireCustomer(const QString &accountId)
{
    auto account = m_accounts.findById(accountId);
    if (!account || account->isAdmin())
        throw DomainError(ErrorCode::NotFound, QStringLiteral("No such customer."));
    return *account;
}

UpsellContent RoadmapService::requirePublished(const Account &customer, const QString &upsellId)
{
    if (customer.isAdmin())
        throw customersOnly();
    auto upsell = m_stores.upsells.findPublished(upsellId);
    if (!upsell)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("There is no such offer."));
    return *upsell;
}

} // namespace kp::server::roadmap
