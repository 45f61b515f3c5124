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
    const auto parsed = AppLink::parse(message);
    if (!parsed.link) {
        // The reason only: the link's query came from a web page and may carry anything.
        qCWarning(lcLinks).noquote() << "App link refused:" << parsed.refusal;
        Toast::show(&m_window, tr("This link cannot be opened in the app. You can type the referral code by hand."));
        return;
    }
    qCInfo(lcLinks) << "App link: registration with a referral code"
                    << (parsed.link->clickId.isEmpty() ? "" : "and a click id");
    m_pending = parsed.link;
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
    const auto link = *std::exchange(m_pending, std::nullopt);
    if (m_session.state() != Session::State::LoggedOut) {
        Toast::show(&m_window, tr("This link is for registering a new account. You are already signed in."));
        return;
    }
    m_window.showRegister();
    m_window.registerPage()->applyReferralLink(link.referralCode, link.clickId);
}

} // namespace kp::client
