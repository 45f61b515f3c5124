#include "client/auth/LoginPage.h"

#include "client/app/Session.h"
#include "client/widgets/AuthFrame.h"
#include "client/widgets/Banner.h"
#include "client/widgets/FormField.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kp::client {

LoginPage::LoginPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new Banner(QStringLiteral("loginBanner")))
    , m_persistenceBanner(new Banner(QStringLiteral("persistenceBanner")))
    , m_login(new FormField(tr("Email or user name"), QStringLiteral("loginName")))
    , m_password(new FormField(tr("Password"), QStringLiteral("loginPassword")))
    , m_submit(new QPushButton(tr("Log in")))
    , m_server(new QLabel)
    , m_rateLimit(new QTimer(this))
{
    setObjectName(QStringLiteral("loginPage"));
    auto *frame = new AuthFrame(this);
    auto *title = new QLabel(tr("Log in"));
    title->setProperty("role", QStringLiteral("pageTitle"));
    auto *subtitle = new QLabel(tr("Your campaigns, your onboarding and your direct line to the agency."));
    subtitle->setProperty("role", QStringLiteral("secondary"));
    subtitle->setWordWrap(true);

    m_login->edit()->setMaxLength(254);
    m_password->setPassword();
    m_submit->setObjectName(QStringLiteral("loginButton"));
    m_submit->setProperty("variant", QStringLiteral("primary"));
    m_submit->setDefault(true);

    auto *registerRow = new QHBoxLayout;
    auto *noAccount = new QLabel(tr("New here?"));
    noAccount->setProperty("role", QStringLiteral("secondary"));
    auto *registerLink = new QPushButton(tr("Create an account"));
    registerLink->setObjectName(QStringLiteral("registerLink"));
    registerLink->setProperty("variant", QStringLiteral("link"));
    registerLink->setCursor(Qt::PointingHandCursor);
    registerRow->addStretch();
    registerRow->addWidget(noAccount);
    registerRow->addWidget(registerLink);
    registerRow->addStretch();

    auto *body = frame->body();
    body->addWidget(title);
    body->addWidget(subtitle);
    body->addWidget(m_persistenceBanner);
    body->addWidget(m_banner);
    body->addWidget(m_login);
    body->addWidget(m_password);
    body->addSpacing(theme::spacing::xs);
    body->addWidget(m_submit);
    body->addLayout(registerRow);

    m_server->setProperty("role", QStringLiteral("caption"));
    m_server->setObjectName(QStringLiteral("serverLabel"));
    auto *change = new QPushButton(tr("Change server"));
    change->setObjectName(QStringLiteral("serverSettingsLink"));
    change->setProperty("variant", QStringLiteral("link"));
    change->setCursor(Qt::PointingHandCursor);
    auto *serverRow = new QHBoxLayout;
    serverRow->addStretch();
    serverRow->addWidget(m_server);
    serverRow->addWidget(change);
    serverRow->addStretch();
    frame->footer()->addLayout(serverRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frame);
    setTabOrder(m_login->edit(), m_password->edit());
    setTabOrder(m_password->edit(), m_submit);

    connect(m_submit, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_login->edit(), &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_password->edit(), &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(registerLink, &QPushButton::clicked, this, &LoginPage::registerRequested);
    connect(change, &QPushButton::clicked, this, &LoginPage::serverSettingsRequested);
    connect(&m_session, &Session::busyChanged, this, &LoginPage::updateBusy);
    connect(&m_session, &Session::loginFailed, this, &LoginPage::showError);
    m_rateLimit->setInterval(1000);
    connect(m_rateLimit, &QTimer::timeout, this, &LoginPage::tickRateLimit);
}

void LoginPage::setServerLabel(const QString &server)
{
    m_server->setText(tr("Server: %1").arg(server));
}

void LoginPage::submit()
{
    if (m_session.isBusy() || m_rateLimit->isActive())
        return;
    m_banner->showMessage(Banner::Tone::Danger, QString());
    m_login->setError(m_login->text().trimmed().isEmpty() ? tr("Please enter your email address or user name.")
                                                          : QString());
    m_password->setError(m_password->text().isEmpty() ? tr("Please enter your password.") : QString());
    if (!m_login->error().isEmpty() || !m_password->error().isEmpty())
        return;
    m_session.login(m_login->text().trimmed(), m_password->text());
}

void LoginPage::updateBusy(bool busy)
{
    m_submit->setEnabled(!busy && !m_rateLimit->isActive());
    m_submit->setText(busy ? tr("Logging in …") : tr("Log in"));
}

void LoginPage::showError(const ApiError &error)
{
    m_banner->showMessage(Banner::Tone::Danger, error.message());
    if (error.is(ErrorCode::InvalidCredentials)) {
        m_password->edit()->clear();
        m_password->edit()->setFocus();
    }
    if (error.is(ErrorCode::RateLimited) && error.retryAfterSeconds > 0) {
        m_secondsLeft = error.retryAfterSeconds;
        m_submit->setEnabled(false);
        m_rateLimit->start();
    }
}

void LoginPage::tickRateLimit()
{
    if (--m_secondsLeft > 0)
        return;
    m_rateLimit->stop();
    m_submit->setEnabled(true);
    m_banner->showMessage(Banner::Tone::Info, tr("You can try again now."));
}

void LoginPage::showNotice(const QString &text)
{
    m_banner->showMessage(Banner::Tone::Warning, text);
}

void LoginPage::showPersistenceWarning()
{
    m_persistenceBanner->showMessage(
        Banner::Tone::Warning,
        tr("This computer has no password store (Secret Service) available. You can log in, "
           "but you will have to log in again after closing the app."));
}

} // namespace kp::client
