#include "client/auth/ApprovalStatusPage.h"

#include "client/widgets/AuthFrame.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace kp::client {

ApprovalStatusPage::ApprovalStatusPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_icon(new QLabel)
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_details(new QLabel)
    , m_reason(new QLabel)
    , m_banner(new Banner(QStringLiteral("statusBanner")))
    , m_check(new QPushButton(tr("Check status")))
    , m_back(new QPushButton)
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("approvalStatusPage"));
    auto *frame = new AuthFrame(this, 500);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("statusTitle"));
    m_title->setProperty("role", QStringLiteral("pageTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setProperty("role", QStringLiteral("secondary"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setProperty("role", QStringLiteral("caption"));
    m_reason->setObjectName(QStringLiteral("rejectionReason"));
    m_reason->setWordWrap(true);
    m_reason->setProperty("banner", true);
    m_reason->setProperty("tone", QStringLiteral("danger"));
    m_reason->setContentsMargins(theme::spacing::m, theme::spacing::m, theme::spacing::m, theme::spacing::m);
    m_check->setObjectName(QStringLiteral("checkStatusButton"));
    m_check->setProperty("variant", QStringLiteral("primary"));
    m_check->setIcon(theme::icon(QStringLiteral("view-refresh"), theme::colors().surface));
    m_back->setObjectName(QStringLiteral("statusBackButton"));
    m_back->setProperty("variant", QStringLiteral("link"));
    m_back->setCursor(Qt::PointingHandCursor);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_check);
    buttons->addStretch();
    auto *backRow = new QHBoxLayout;
    backRow->addStretch();
    backRow->addWidget(m_back);
    backRow->addStretch();

    auto *body = frame->body();
    body->addWidget(m_icon);
    body->addWidget(m_title);
    body->addWidget(m_text);
    body->addWidget(m_details);
    body->addWidget(m_reason);
    body->addWidget(m_banner);
    body->addSpacing(theme::spacing::xs);
    body->addLayout(buttons);
    body->addLayout(backRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frame);

    m_poll->setInterval(60 * 1000);
    connect(m_poll, &QTimer::timeout, &m_session, &Session::refresh);
    connect(m_check, &QPushButton::clicked, this, [this] {
        m_banner->showMessage(Banner::Tone::Info, QString());
        m_session.refresh();
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_poll->stop();
        emit backToLoginRequested();
    });
    connect(&m_session, &Session::busyChanged, m_check, [this](bool busy) { m_check->setEnabled(!busy); });
    connect(&m_session, &Session::refreshFailed, this,
            [this](const ApiError &error) { m_banner->showMessage(Banner::Tone::Danger, error.message()); });
    connect(&m_session, &Session::stateChanged, this, [this](Session::State state) {
        if (state != Session::State::JustRegistered && state != Session::State::AwaitingApproval)
            m_poll->stop();
    });
    connect(&m_session, &Session::refreshed, this, [this] {
        // A check that finds the account still pending says so, instead of doing nothing visible.
        if (m_session.account().status == AccountStatus::Pending)
            m_banner->showMessage(Banner::Tone::Info,
                                  tr("Not activated yet (checked at %1).")
                                      .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
}

void ApprovalStatusPage::showState(Session::State state)
{
    const auto &account = m_session.account();
    const bool known = !account.id.isEmpty();
    m_banner->showMessage(Banner::Tone::Info, QString());
    m_reason->hide();
    m_details->setVisible(known);
    m_details->setText(QStringLiteral("%1 · %2").arg(account.email, account.company));
    const bool waiting = state == Session::State::JustRegistered || state == Session::State::AwaitingApproval;
    // Without a token (a pending login on another computer) there is nothing to poll.
    m_check->setVisible(waiting && known);
    if (waiting && known)
        m_poll->start();
    else
        m_poll->stop();

    QString icon;
    QColor color = theme::colors().accent;
    if (state == Session::State::JustRegistered) {
        icon = QStringLiteral("mail-unread");
        m_title->setText(tr("Thank you, your registration has been received"));
        m_text->setText(
            tr("The agency will now check your details and activate your account, usually within one "
               "working day. You can close the app; when you open it again, you will see the status here."));
        m_back->setText(tr("Use a different account"));
    } else if (state == Session::State::AwaitingApproval) {
        icon = QStringLiteral("document-open-recent");
        color = theme::colors().warning;
        m_title->setText(tr("Your registration is being reviewed"));
        m_text->setText(known ? tr("The agency has not decided yet. As soon as your account is activated, the portal "
                                   "opens here by itself.")
                              : tr("The agency has not decided yet. As soon as your account is activated, you can log "
                                   "in with your email address and password."));
        m_back->setText(known ? tr("Use a different account") : tr("Back to login"));
    } else {
        icon = QStringLiteral("dialog-error");
        color = theme::colors().danger;
        m_title->setText(tr("Your registration was not approved"));
        m_text->setText(tr("If you have questions about this decision, please contact the agency."));
        const auto reason = account.rejectionReason;
        m_reason->setText(reason.isEmpty() ? QString() : tr("Reason: %1").arg(reason));
        m_reason->setVisible(!reason.isEmpty());
        m_back->setText(tr("Back to login"));
    }
    m_icon->setPixmap(theme::icon(icon, color).pixmap(48, 48));
}

} // namespace kp::client
