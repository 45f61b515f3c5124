#include "client/callbacks/CallbacksDemo.h"

#include <QCoreApplication>

namespace kp::client::callbacksdemo {
namespace {

// The screenshots' clock: a fixed afternoon, so the pictures do not change from run to run.
QDateTime at(int daysAgo, int hour, int minute)
{
    return QDateTime(QDate(2026, 12, 4).addDays(-daysAgo), QTime(hour, minute));
}

CallbackRequest request(const Account &customer, const QString &id, const QString &display, CallbackStatus status,
                        const QDateTime &created)
{
    CallbackRequest request;
    request.id = id;
    request.phone = QString(display).remove(QLatin1Char(' '));
    request.phoneDisplay = display;
    request.status = status;
    request.createdAt = created;
    request.deliveredAt = status == CallbackStatus::Queued ? QDateTime() : created.addSecs(3);
    request.updatedAt = status == CallbackStatus::CalledBack || status == CallbackStatus::Closed ? created.addSecs(2400)
                                                                                                 : request.deliveredAt;
    request.customer = {customer.id, customer.name, customer.company, customer.email};
    return request;
}

CallbackDelivery delivered(const QString &channel, const QDateTime &when)
{
    return {channel, QStringLiteral("delivered"), 1, {}, {}, when};
}

} // namespace

QList<CallbackRequest> customerRequests(const DemoData &demo)
{
    const auto &customer = demo.customer;
    return {
        request(customer, QStringLiteral("cb-3"), QStringLiteral("+49 30 1234567"), CallbackStatus::Delivered,
                at(0, 14, 5)),
        request(customer, QStringLiteral("cb-2"), QStringLiteral("+49 170 9876543"), CallbackStatus::CalledBack,
                at(6, 9, 40)),
        request(customer, QStringLiteral("cb-1"), QStringLiteral("+49 30 1234567"), CallbackStatus::Closed,
                at(21, 16, 12)),
    };
}

QList<CallbackRequest> inbox(const DemoData &demo)
{
    QList<Account> customers {demo.customer};
    customers.append(demo.approved);
    const auto customerAt = [&](int index) { return customers.value(index % int(customers.size())); };

    auto waiting = request(customerAt(1), QStringLiteral("cb-7"), QStringLiteral("+49 89 4455667"),
                           CallbackStatus::Queued, at(0, 14, 31));
    waiting.note = QCoreApplication::translate("callbacksdemo", "The landing page shows an error since this morning.");
    waiting.deliveries = {
        {QStringLiteral("telegram"),
         QStringLiteral("pending"),
         3,
         QCoreApplication::translate("callbacksdemo", "Telegram is not reachable (HTTP 502)"),
         at(0, 14, 35),
         {}},
        {QStringLiteral("webhook"), QStringLiteral("pending"), 0, {}, {}, {}},
    };
    auto passedOn = request(customerAt(0), QStringLiteral("cb-6"), QStringLiteral("+49 30 1234567"),
                            CallbackStatus::Delivered, at(0, 14, 5));
    passedOn.deliveries
        = {delivered(QStringLiteral("telegram"), at(0, 14, 5)), delivered(QStringLiteral("webhook"), at(0, 14, 5))};
    auto calledBack = request(customerAt(2), QStringLiteral("cb-5"), QStringLiteral("+49 40 3344556"),
                              CallbackStatus::CalledBack, at(1, 11, 20));
    calledBack.deliveries = {delivered(QStringLiteral("telegram"), at(1, 11, 20)),
                             {QStringLiteral("whatsapp"),
                              QStringLiteral("failed"),
                              1,
                              QCoreApplication::translate("callbacksdemo",
                                                          "WhatsApp allows free text only within 24 hours; "
                                                          "configure a template"),
                              {},
                              {}}};
    // An interest in an offer of "Ihr Weg", by a customer without a phone number in the profile.
    auto interest = request(customerAt(1), QStringLiteral("cb-4"), {}, CallbackStatus::Delivered, at(0, 10, 2));
    interest.topic = QStringLiteral("upsell");
    interest.note = QCoreApplication::translate("callbacksdemo", "WhatsApp bot");
    interest.deliveries = {delivered(QStringLiteral("telegram"), at(0, 10, 2))};
    return {waiting, passedOn, interest, calledBack};
}

} // namespace kp::client::callbacksdemo
