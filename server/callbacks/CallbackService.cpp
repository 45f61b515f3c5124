#include "server/callbacks/CallbackService.h"

#include "server/core/DomainError.h"
#include "server/http/JsonFields.h"
#include "shared/Account.h"
#include "shared/Callback.h"
#include "shared/Validation.h"

#include <QJsonArray>

#include <cmath>

namespace kp::server::callbacks {
namespace {

namespace v = kp::validation;

constexpr int kNoteMax = 500;
constexpr qint64 kWindowS = 3600;
// The customer's own list shows the requests they filed; notices other modules file for them
// (an interest in an upsell) are the agency's business.
constexpr const char *kCustomerTopic = "callback";

// A note may have several lines; other control characters are refused.
v::Problem checkNote(const QString &note)
{
    if (note.size() > kNoteMax)
        return v::problem::tooLong;
    for (const auto character : note) {
        if (character != QLatin1Char('\n')
            && (character.category() == QChar::Other_Control || character.category() == QChar::Other_Format))
            return v::problem::invalidCharacters;
    }
    return std::nullopt;
}

// The first delivery to reach the agency, if any.
QDateTime firstDelivered(const CallbackRecord &record)
{
    QDateTime first;
    for (const auto &delivery : record.deliveries) {
        if (delivery.deliveredAt.isValid() && (!first.isValid() || delivery.deliveredAt < first))
            first = delivery.deliveredAt;
    }
    return first;
}

// What the customer sees: open requests are "queued" until a channel delivered them.
QString apiStatus(const CallbackRecord &record)
{
    if (record.status != QLatin1String("open"))
        return record.status;
    return firstDelivered(record).isValid() ? QStringLiteral("delivered") : QStringLiteral("queued");
}

QStringList storedStatuses(const QString &filter)
{
    if (filter.isEmpty() || filter == QLatin1String("all"))
        return {};
    if (filter == QLatin1String("open") || filter == QLatin1String("called_back") || filter == QLatin1String("closed"))
        return {filter};
    throw DomainError::validation({{QStringLiteral("status"), v::problem::invalid}});
}

} // namespace

CallbackService::CallbackService(CallbackStore &store, const CallbackSettings &settings, QStringList channels,
                                 std::function<void()> deliverSoon)
    : m_store(store)
    , m_settings(settings)
    , m_channels(std::move(channels))
    , m_deliverSoon(std::move(deliverSoon))
{
}

QJsonObject CallbackService::request(const Account &customer, const QJsonObject &body)
{
    if (customer.isAdmin())
        throw DomainError(ErrorCode::Forbidden, QStringLiteral("Callback requests are filed by customers."));
    // The customer comes from the session: whatever the body says about who asks is dropped.
    auto fields = body;
    for (const auto *ignored : {"account_id", "customer_id", "name", "company"})
        fields.remove(QLatin1String(ignored));
    JsonFields read(fields);
    const auto phoneText = read.requiredString(QStringLiteral("phone"));
    const auto note = v::normalizeText(read.optionalString(QStringLiteral("note"))
                                           .value_or(QString())
                                           .replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    QString phone;
    if (!phoneText.isNull()) {
        const auto checked = v::checkPhone(phoneText);
        if (checked.problem)
            read.addProblem(QStringLiteral("phone"), *checked.problem);
        phone = checked.e164;
    }
    if (const auto problem = checkNote(note))
        read.addProblem(QStringLiteral("note"), *problem);
    read.finish();

    QDateTime oldest;
    CallbackRecord asked;
    asked.accountId = customer.id;
    asked.phone = phone;
    asked.note = note;
    const auto record = m_store.insert(asked, m_channels, m_settings.perHour, &oldest);
    if (!record) {
        const auto now = m_store.now();
        const auto wait = std::max<qint64>(1, now.secsTo(oldest.addSecs(kWindowS)) + 1);
        const auto minutes = (wait + 59) / 60;
        throw DomainError::rateLimited(
            int(wait),
            QStringLiteral("You can ask for %1 callbacks per hour. Please try again in %2 minute%3 "
                           "(at %4 UTC).")
                .arg(m_settings.perHour)
                .arg(minutes)
                .arg(minutes == 1 ? QString() : QStringLiteral("s"),
                     now.addSecs(wait).toUTC().toString(QStringLiteral("HH:mm"))));
    }
    if (m_deliverSoon)
        m_deliverSoon();
    return toJson(*record, false);
}

QString CallbackService::fileNotice(const Account &customer, const QString &topic, const QString &note)
{
    CallbackRecord notice;
    notice.accountId = customer.id;
    notice.phone = customer.phone;
    notice.note = note.left(kNoteMax);
    notice.topic = topic;
    QDateTime unused;
    return m_store.insert(notice, m_channels, 0, &unused)->id;
}

void CallbackService::deliverSoon()
{
    if (m_deliverSoon)
        m_deliverSoon();
}

QJsonObject CallbackService::ownList(const Account &customer, const PageRequest &page)
{
    CallbackFilter filter;
    filter.accountId = customer.id;
    filter.topic = QString::fromLatin1(kCustomerTopic);
    return this->page(filter, page, false);
}

QJsonObject CallbackService::own(const Account &customer, const QString &id)
{
    const auto record = m_store.find(id);
    if (!record || record->accountId != customer.id || record->topic != QLatin1String(kCustomerTopic))
        throw DomainError(ErrorCode::NotFound, QStringLiteral("There is no such callback request."));
    return toJson(*record, false);
}

QJsonObject CallbackService::adminList(const QString &status, const PageRequest &page)
{
    CallbackFilter filter;
    filter.statuses = storedStatuses(status);
    auto answer = this->page(filter, page, true);
    answer.insert(QStringLiteral("open_count"), m_store.openCount());
    answer.insert(QStringLiteral("channels"), QJsonArray::fromStringList(m_channels));
    return answer;
}

QJsonObject CallbackService::adminGet(const QString &id)
{
    return toJson(requireOne(id), true);
}

QJsonObject CallbackService::setStatus(const QString &id, const QString &status)
{
    if (status != QLatin1String("open") && status != QLatin1String("called_back") && status != QLatin1String("closed"))
        throw DomainError::validation({{QStringLiteral("status"), v::problem::invalid}});
    if (!m_store.setStatus(id, status))
        throw DomainError(ErrorCode::NotFound, QStringLiteral("There is no such callback request."));
    return toJson(requireOne(id), true);
}

CallbackRecord CallbackService::requireOne(const QString &id)
{
    auto record = m_store.find(id);
    if (!record)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("There is no such callback request."));
    return *record;
}

QJsonObject CallbackService::page(const CallbackFilter &filter, const PageRequest &page, bool forAdmin)
{
    const auto found = m_store.list(filter, page);
    if (!found)
        throw DomainError::validation({{QStringLiteral("cursor"), v::problem::invalid}});
    QJsonArray items;
    for (const auto &record : found->items)
        items.append(toJson(record, forAdmin));
    return {{QStringLiteral("items"), items},
            {QStringLiteral("next_cursor"),
             found->nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(found->nextCursor)}};
}

QJsonObject CallbackService::toJson(const CallbackRecord &record, bool forAdmin)
{
    CallbackRequest view;
    view.id = record.id;
    view.phone = record.phone;
    view.phoneDisplay = v::internationalPhone(record.phone);
    view.note = record.note;
    view.topic = record.topic;
    view.status = callbackStatusFromName(apiStatus(record)).value_or(CallbackStatus::Queued);
    view.createdAt = record.createdAt;
    view.updatedAt = record.updatedAt;
    view.deliveredAt = firstDelivered(record);
    view.customer = {record.accountId, record.customerName, record.customerCompany, record.customerEmail};
    for (const auto &delivery : record.deliveries)
        view.deliveries.append({delivery.channel, delivery.state, delivery.attempts, delivery.lastError,
                                delivery.nextAttemptAt, delivery.deliveredAt});
    // Only admins see how each channel fared (its errors name the agency's set-up).
    return view.toJson(forAdmin ? CallbackRequest::WithDeliveries : CallbackRequest::WithoutDeliveries);
}

} // namespace kp::server::callbacks
