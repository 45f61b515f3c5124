#include "client/callbacks/CallbackCard.h"

#include "client/callbacks/CallbackText.h"
#include "client/widgets/Format.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {
namespace {

QLabel *label(const QString &text, const QString &role, const QString &objectName = {})
{
    auto *label = new QLabel(text);
    label->setProperty("role", role);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *chip(const QString &text, const QString &tone)
{
    auto *chip = new QLabel(text);
    chip->setObjectName(QStringLiteral("callbackStatus"));
    chip->setProperty("role", QStringLiteral("badge"));
    if (!tone.isEmpty())
        chip->setProperty("tone", tone);
    return chip;
}

QHBoxLayout *headerRow(QLabel *chip, const QString &when)
{
    auto *row = new QHBoxLayout;
    row->addWidget(chip, 0, Qt::AlignVCenter);
    row->addStretch();
    auto *whenLabel = label(when, QStringLiteral("caption"));
    whenLabel->setWordWrap(false);
    row->addWidget(whenLabel);
    return row;
}

QString progress(const CallbackRequest &request)
{
    const auto updated = format::dateTime(request.updatedAt);
    switch (request.status) {
    case CallbackStatus::Queued:
        return CallbackCard::tr("The agency is being notified.");
    case CallbackStatus::Delivered:
        return CallbackCard::tr("The agency has your request since %1 and will call you.")
            .arg(format::dateTime(request.deliveredAt));
    case CallbackStatus::CalledBack:
        return CallbackCard::tr("The agency called you back (%1).").arg(updated);
    case CallbackStatus::Closed:
        return CallbackCard::tr("Closed on %1.").arg(updated);
    }
    return {};
}

QString phoneOf(const CallbackRequest &request)
{
    return request.phoneDisplay.isEmpty() ? request.phone : request.phoneDisplay;
}

} // namespace

CallbackCard::CallbackCard()
{
    setProperty("card", true);
}

CallbackCard::CallbackCard(const CallbackRequest &request, View view, QWidget *parent)
    : CallbackCard()
{
    setParent(parent);
    m_request = request;
    setObjectName(QStringLiteral("callback_") + request.id);
    // Open requests stand out in the admin's inbox: they wait for someone to call.
    setProperty("attention", view == View::Admin && request.isOpen());

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::spacing::s);
    layout->addLayout(headerRow(chip(CallbackText::status(request.status), CallbackText::tone(request.status)),
                                tr("Requested %1").arg(format::dateTime(request.createdAt))));
    // An interest in an offer ("Ihr Weg") names the offer; its phone, if any, is the profile's.
    const auto headline = request.isInterest() ? tr("Interested in “%1”").arg(request.note)
                                               : tr("Callback to %1").arg(phoneOf(request));
    layout->addWidget(label(headline, QStringLiteral("sectionTitle"), QStringLiteral("callbackNumber")));
    if (view == View::Admin)
        addAdminPart(layout);
    else
        layout->addWidget(label(progress(request), QStringLiteral("secondary"), QStringLiteral("callbackProgress")));
}

CallbackCard *CallbackCard::waiting(const QString &phoneDisplay, QWidget *parent)
{
    auto *card = new CallbackCard;
    card->setParent(parent);
    card->setObjectName(QStringLiteral("callbackWaiting"));
    auto *layout = new QVBoxLayout(card);
    layout->setSpacing(theme::spacing::s);
    layout->addLayout(headerRow(chip(tr("Waiting for a connection"), QStringLiteral("warning")), {}));
    layout->addWidget(label(tr("Callback to %1").arg(phoneDisplay), QStringLiteral("sectionTitle")));
    layout->addWidget(label(tr("Kept on this computer; it is sent by itself when the connection is back."),
                            QStringLiteral("secondary")));
    return card;
}

void CallbackCard::addAdminPart(QVBoxLayout *layout)
{
    const auto &customer = m_request.customer;
    QStringList who {customer.name, customer.company, customer.email};
    who.removeAll(QString());
    layout->addWidget(
        label(who.join(QStringLiteral(" · ")), QStringLiteral("secondary"), QStringLiteral("callbackCustomer")));
    if (m_request.isInterest()) {
        const auto phone = phoneOf(m_request);
        layout->addWidget(label(phone.isEmpty() ? tr("No phone number in the profile: please answer by email.")
                                                : tr("Phone from the profile: %1").arg(phone),
                                QStringLiteral("secondary"), QStringLiteral("callbackInterestPhone")));
    } else if (!m_request.note.isEmpty()) {
        layout->addWidget(label(tr("Note: %1").arg(m_request.note), QStringLiteral("secondary")));
    }
    QStringList deliveries;
    for (const auto &delivery : m_request.deliveries)
        deliveries.append(CallbackText::delivery(delivery));
    layout->addWidget(label(deliveries.isEmpty() ? tr("No channel to the agency is configured on the server.")
                                                 : deliveries.join(QLatin1Char('\n')),
                            QStringLiteral("caption"), QStringLiteral("callbackDeliveries")));

    auto *actions = new QHBoxLayout;
    actions->addStretch();
    const auto add = [&](const QString &text, const QString &status, const QString &name, bool primary) {
        auto *button = new QPushButton(text);
        button->setObjectName(name);
        if (primary)
            button->setProperty("variant", QStringLiteral("primary"));
        actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, status] { emit statusRequested(m_request, status); });
    };
    if (m_request.isOpen()) {
        add(tr("Done"), QStringLiteral("closed"), QStringLiteral("callbackClose"), false);
        add(tr("Mark called back"), QStringLiteral("called_back"), QStringLiteral("callbackCalledBack"), true);
    } else {
        if (m_request.status == CallbackStatus::CalledBack)
            add(tr("Done"), QStringLiteral("closed"), QStringLiteral("callbackClose"), false);
        add(tr("Reopen"), QStringLiteral("open"), QStringLiteral("callbackReopen"), false);
    }
    layout->addLayout(actions);
}

void CallbackCard::setBusy(bool busy)
{
    for (auto *button : findChildren<QPushButton *>())
        button->setEnabled(!busy);
}

} // namespace kp::client
