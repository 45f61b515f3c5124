#include "client/messenger/SupportController.h"

#include "client/app/Session.h"
#include "client/messenger/MessengerView.h"

#include <QTimer>

namespace kp::client {
namespace {

// How long a logout waits for Intercom('shutdown') before the storage goes anyway.
constexpr int kShutdownWaitMs = 3000;

} // namespace

SupportController::SupportController(SupportPage &page, Session &session, ApiClient &api)
    : QObject(&page)
    , m_page(page)
    , m_session(session)
    , m_api(api)
    , m_messengerApi(api)
{
    setObjectName(QStringLiteral("supportController"));
    connect(&page, &SupportPage::retryRequested, this, &SupportController::open);
    // Any end of the session (logout here, or ended by the server): nothing of this user's chat
    // stays for whoever uses this computer next.
    connect(&session, &Session::ending, this, &SupportController::endMessenger);
}

SupportController::~SupportController()
{
    // The app quits: the view goes with the page, its storage stays for the next start.
    delete m_messenger;
}

void SupportController::open()
{
    if (m_messenger && m_messenger->userId() == m_session.account().intercomUserId()
        && m_page.state() == SupportPage::State::Chat)
        return;
    m_page.showLoading();
    auto *context = m_scope.begin();
    m_messengerApi.settings()
        .onSuccess(context,
                   [this](const MessengerSettings &settings) {
                       if (settings.configured)
                           start(settings);
                       else
                           m_page.showNotConfigured();
                   })
        .onFailure(context, [this](const ApiError &) { m_page.showOffline(); });
}

void SupportController::start(const MessengerSettings &settings)
{
    if (m_messenger && m_messenger->userId() != settings.userId)
        endMessenger();
    if (!m_messenger) {
        m_messenger = new MessengerView(settings.userId, &m_page);
        m_messenger->hide();
        connect(m_messenger, &MessengerView::booted, this, [this] { m_page.showChat(m_messenger); });
        connect(m_messenger, &MessengerView::failed, this, [this] { m_page.showOffline(); });
    }
    const auto page = m_api.baseUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/messenger");
    m_messenger->start(QUrl(page), settings.json);
}

void SupportController::endMessenger()
{
    m_scope.begin(); // an answer still on its way must not start the Messenger again
    m_page.showLoading();
    if (!m_messenger)
        return;
    QPointer<MessengerView> messenger = m_messenger;
    m_messenger = nullptr;
    m_page.removeChat(messenger);
    const auto discard = [messenger] {
        if (messenger) {
            messenger->discard();
            messenger->deleteLater();
        }
    };
    messenger->shutdown(discard);
    QTimer::singleShot(kShutdownWaitMs, messenger, discard);
}

void SupportController::showDemo(SupportPage::State state)
{
    m_scope.begin();
    if (state == SupportPage::State::NotConfigured)
        m_page.showNotConfigured();
    else
        m_page.showOffline();
}

} // namespace kp::client
