#include "client/app/AppLinkHandler.h"

#include "client/app/MainWindow.h"
#include "client/auth/RegisterPage.h"
#include "client/widgets/Toast.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLinks, "kp.links")

namespace kp::client {

AppLinkHandler::AppLinkHandler(MainWindow &window, Session &session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
{
    // Connected after the window's own handler, so the registration replaces the login page the
    // window has just shown for a start without a session.
    connect(&m_session, &Session::stateChanged, this, &AppLinkHandler::applyPending);
}

void AppLinkHandler::open(const QString &message)
{
    raiseWindow();
    if (message.isEmpty())
        return;
    m_pending = AppLink::parse(message);
    if (m_pending->link) {
        qCInfo(lcLinks) << "App link: registration with a referral code"
                        << (m_pending->link->clickId.isEmpty() ? "" : "and a click id");
    } else {
        // The reason only: the link's query came from a web page and may carry anything.
        qCWarning(lcLinks).noquote() << "App link refused:" << m_pending->refusal;
    }
    applyPending();
}

void AppLinkHandler::raiseWindow()
{
    m_window.show();
    m_window.setWindowState((m_window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window.raise();
    m_window.activateWindow();
}

void AppLinkHandler::applyPending()
{
    if (!m_pending || m_session.state() == Session::State::Restoring)
        return;
    const auto parsed = *std::exchange(m_pending, std::nullopt);
    const auto refused = tr("This link cannot be opened in the app. You can type the referral code by hand.");
    if (m_session.state() != Session::State::LoggedOut) {
        Toast::show(&m_window,
                    parsed.link ? tr("This link is for registering a new account. You are already signed in.")
                                : refused);
        return;
    }
    m_window.showRegister();
    if (parsed.link)
        m_window.registerPage()->applyReferralLink(parsed.link->referralCode, parsed.link->clickId);
    else
        m_window.registerPage()->showWarning(refused);
}

} // namespace kp::client
