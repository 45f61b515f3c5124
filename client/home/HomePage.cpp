#include "client/home/HomePage.h"

#include "client/app/Session.h"
#include "client/widgets/Card.h"
#include "client/widgets/Format.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"
#include "shared/Account.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {
namespace {

QLabel *value(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HomePage::HomePage(Session &session, ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_accounts(api)
    , m_header(new PageHeader(QString(), QString()))
    , m_email(value(QStringLiteral("homeEmail")))
    , m_customerId(value(QStringLiteral("homeCustomerId")))
    , m_referralCode(value(QStringLiteral("homeReferralCode")))
    , m_since(value(QStringLiteral("homeSince")))
{
    setObjectName(QStringLiteral("homePage"));

    QVBoxLayout *accountContent = nullptr;
    auto *accountCard = makeCard(accountContent, tr("Your account"));
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(theme::spacing::xl);
    form->setVerticalSpacing(theme::spacing::s + 2);
    const auto caption = [](const QString &text) {
        auto *label = new QLabel(text);
        label->setProperty("role", QStringLiteral("secondary"));
        return label;
    };
    form->addRow(caption(tr("Email")), m_email);
    form->addRow(caption(tr("Customer ID")), m_customerId);
    form->addRow(caption(tr("Referral code")), m_referralCode);
    form->addRow(caption(tr("Customer since")), m_since);
    accountContent->addLayout(form);
    accountContent->addStretch();

    QVBoxLayout *campaignContent = nullptr;
    auto *campaignCard = makeCard(campaignContent, tr("Campaign performance"));
    auto *empty = new StatePanel;
    empty->showEmpty(QStringLiteral("view-grid"), tr("Your figures are on the dashboard"),
                     tr("Leads, ad spend, clicks and impressions for any period, compared with the period before."));
    campaignContent->addWidget(empty, 1);
    m_openDashboard = new QPushButton(tr("Open the dashboard"));
    m_openDashboard->setObjectName(QStringLiteral("openDashboardButton"));
    m_openDashboard->setProperty("variant", QStringLiteral("primary"));
    campaignContent->addWidget(m_openDashboard, 0, Qt::AlignHCenter);
    connect(m_openDashboard, &QPushButton::clicked, this, &HomePage::dashboardRequested);

    QVBoxLayout *adminContent = nullptr;
    m_adminCard = makeCard(adminContent, tr("Administration"));
    m_pending = new QLabel;
    m_pending->setObjectName(QStringLiteral("homePendingCount"));
    m_pending->setProperty("role", QStringLiteral("kpi"));
    m_pending->hide();
    adminContent->addWidget(m_pending);
    auto *adminText = new QLabel(tr("New registrations wait for your decision before customers can log in."));
    adminText->setProperty("role", QStringLiteral("secondary"));
    adminText->setWordWrap(true);
    auto *openApprovals = new QPushButton(tr("Review registrations"));
    openApprovals->setObjectName(QStringLiteral("openApprovalsButton"));
    openApprovals->setProperty("variant", QStringLiteral("primary"));
    adminContent->addWidget(adminText);
    adminContent->addWidget(openApprovals, 0, Qt::AlignLeft);
    connect(openApprovals, &QPushButton::clicked, this, &HomePage::approvalsRequested);

    auto *row = new QHBoxLayout;
    row->setSpacing(theme::spacing::l);
    row->addWidget(accountCard, 2);
    row->addWidget(campaignCard, 3);
    empty->setMinimumHeight(220);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl);
    layout->setSpacing(theme::spacing::xl);
    layout->addWidget(m_header);
    layout->addWidget(m_adminCard);
    layout->addLayout(row);
    layout->addStretch();

    connect(&m_session, &Session::accountChanged, this, [this] { setAccount(m_session.account()); });
}

void HomePage::refresh()
{
    const auto &account = m_session.account();
    setAccount(account);
    if (!account.isAdmin() || m_session.state() != Session::State::Active)
        return;
    m_accounts.accounts(AccountStatus::Pending)
        .onSuccess(m_pendingScope.begin(), [this](const ItemPage<Account> &page) {
            setPendingRegistrations(int(page.items.size()), page.hasMore());
        });
    // A failure leaves the count out; the Registrations page shows errors in full.
}

void HomePage::setAccount(const Account &account)
{
    const auto firstName = account.name.section(QLatin1Char(' '), 0, 0);
    m_header->setTitle(tr("Welcome, %1").arg(firstName.isEmpty() ? account.name : firstName));
    m_header->setSubtitle(account.company);
    m_email->setText(account.email);
    m_customerId->setText(account.id);
    m_referralCode->setText(account.referralCode);
    m_since->setText(format::date(account.createdAt.toLocalTime().date()));
    m_adminCard->setVisible(account.isAdmin());
    m_openDashboard->setVisible(!account.isAdmin());
}

void HomePage::setPendingRegistrations(int count, bool more)
{
    m_pending->setText(more ? tr("%n+ waiting", nullptr, count) : tr("%n waiting", nullptr, count));
    m_pending->show();
}

} // namespace kp::client
