#include "client/admin/RegistrationCard.h"

#include "client/widgets/Avatar.h"
#include "client/widgets/Format.h"
#include "client/widgets/Theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {
namespace {

QLabel *detail(const QString &what, const QString &text)
{
    auto *label = new QLabel(text);
    label->setProperty("role", QStringLiteral("secondary"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setToolTip(what);
    return label;
}

} // namespace

RegistrationCard::RegistrationCard(const Account &account, QWidget *parent)
    : QFrame(parent)
    , m_account(account)
    , m_avatar(new Avatar(40))
{
    setObjectName(QStringLiteral("registration_") + account.id);
    setProperty("card", true);

    m_avatar->setObjectName(QStringLiteral("registrationAvatar"));
    m_avatar->setName(account.name);
    auto *name = new QLabel(account.name);
    name->setProperty("role", QStringLiteral("sectionTitle"));
    auto *company = new QLabel(account.company);
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(name);
    who->addWidget(company);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(theme::spacing::xl);
    details->setVerticalSpacing(theme::spacing::xs);
    details->addWidget(detail(tr("Email"), account.email), 0, 0);
    details->addWidget(detail(tr("Phone"), account.phone.isEmpty() ? tr("No phone number") : account.phone), 1, 0);
    details->addWidget(detail(tr("Registered"), tr("Registered on %1").arg(format::dateTime(account.createdAt))), 0, 1);
    const auto referral = account.referredByCode.isEmpty()
        ? tr("No referral")
        : tr("Referred by %1 (%2)")
              .arg(account.referredByName.isEmpty() ? tr("unknown") : account.referredByName, account.referredByCode);
    details->addWidget(detail(tr("Referral"), referral), 1, 1);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(theme::spacing::s);
    texts->addLayout(who);
    texts->addLayout(details);
    if (account.status == AccountStatus::Rejected && !account.rejectionReason.isEmpty()) {
        auto *reason = new QLabel(tr("Rejected: %1").arg(account.rejectionReason));
        reason->setProperty("role", QStringLiteral("fieldError"));
        reason->setWordWrap(true);
        texts->addWidget(reason);
    }

    auto *actions = new QHBoxLayout;
    actions->setSpacing(theme::spacing::s);
    const auto addButton = [&](const QString &objectName, const QString &text, const QString &variant,
                               const QString &icon, const QColor &iconColor) {
        auto *button = new QPushButton(theme::icon(icon, iconColor), text);
        button->setObjectName(objectName + QLatin1Char('_') + account.id);
        button->setProperty("variant", variant);
        button->setCursor(Qt::PointingHandCursor);
        actions->addWidget(button);
        m_buttons.append(button);
        return button;
    };
    if (account.status == AccountStatus::Pending) {
        auto *reject = addButton(QStringLiteral("reject"), tr("Reject"), QStringLiteral("danger"),
                                 QStringLiteral("window-close"), theme::colors().danger);
        connect(reject, &QPushButton::clicked, this, [this] { emit rejectRequested(m_account); });
    }
    if (account.status != AccountStatus::Approved) {
        auto *approve = addButton(QStringLiteral("approve"),
                                  account.status == AccountStatus::Pending ? tr("Approve") : tr("Approve anyway"),
                                  QStringLiteral("primary"), QStringLiteral("object-select"), theme::colors().surface);
        connect(approve, &QPushButton::clicked, this, [this] { emit approveRequested(m_account); });
    } else {
        auto *badge = new QLabel(tr("Approved on %1").arg(format::dateTime(account.decidedAt)));
        badge->setProperty("role", QStringLiteral("badge"));
        badge->setProperty("tone", QStringLiteral("success"));
        // A badge keeps its own height (a label in the row would stretch to the card's).
        actions->addWidget(badge, 0, Qt::AlignVCenter);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::spacing::l + 4, theme::spacing::l, theme::spacing::l + 4, theme::spacing::l);
    layout->setSpacing(theme::spacing::l);
    layout->addWidget(m_avatar, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addLayout(actions);
}

void RegistrationCard::setBusy(bool busy)
{
    for (auto *button : std::as_const(m_buttons))
        button->setEnabled(!busy);
}

void RegistrationCard::setPicture(const QImage &picture)
{
    m_avatar->setPicture(picture);
}

} // namespace kp::client
