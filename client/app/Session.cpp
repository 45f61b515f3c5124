#include "client/app/Session.h"

#include "client/app/StoredSession.h"
#include "client/app/TokenStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "kp.session")

namespace kp::client {

Session::Session(ApiClient &api, TokenStore &tokens, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_auth(api)
    , m_tokens(tokens)
{
    connect(&m_tokens, &TokenStore::unavailable, this, &Session::persistenceUnavailable);
    connect(&m_api, &ApiClient::sessionRejected, this, &Session::endRejectedSession);
}

void Session::endRejectedSession()
{
    // Whatever this session still waits for belongs to it and ends with it.
    m_scope.begin();
    setBusy(false);
    emit ending(Ending::Rejected);
    forgetToken();
    m_account = Account {};
    setState(State::LoggedOut);
    emit sessionEnded(tr("Your session has ended: it expired, or it was ended on another device or by a password "
                         "change. Please log in again."));
}

bool Session::persistsLogin() const
{
    return m_tokens.isAvailable();
}

QString Session::storeKey() const
{
    return m_api.baseUrl().toString();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void Session::adoptToken(const SessionGrant &grant)
{
    m_api.setToken(grant.token);
    m_tokens.save(storeKey(), StoredSession {grant.token, grant.account.id}.toText());
}

void Session::adoptSession(const SessionGrant &grant, bool justRegistered)
{
    adoptToken(grant);
    qCInfo(lcSession) << "session for account" << grant.account.id;
    adoptAccount(grant.account, justRegistered);
}

void Session::forgetToken()
{
    m_api.setToken(QString());
    m_tokens.remove(storeKey());
}

void Session::adoptAccount(const Account &account, bool justRegistered)
{
    m_account = account;
    emit accountChanged();
    switch (account.status) {
    case AccountStatus::Approved:
        setState(State::Active);
        break;
    case AccountStatus::Pending:
        setState(justRegistered ? State::JustRegistered : State::AwaitingApproval);
        break;
    case AccountStatus::Rejected:
        setState(State::Rejected);
        break;
    }
}

void Session::restore()
{
    auto *load = m_scope.begin();
    // Whatever token belonged to the previous server (or session) must not travel further.
    m_api.setToken(QString());
    setState(State::Restoring);
    connect(
        &m_tokens, &TokenStore::loaded, load,
        [this](const QString &text) {
            const auto stored = StoredSession::fromText(text);
            if (stored.token.isEmpty()) {
                setState(State::LoggedOut);
                return;
            }
            m_api.setToken(stored.token);
            if (!stored.accountId.isEmpty())
                emit storedSessionFound(stored.accountId);
            refresh();
        },
        Qt::SingleShotConnection);
    m_tokens.load(storeKey());
}

void Session::refresh()
{
    if (!m_api.hasToken()) {
        setState(State::LoggedOut);
        return;
    }
    auto *load = m_scope.begin();
    setBusy(true);
    m_auth.me()
        .onSuccess(load,
                   [this](const Account &account) {
                       setBusy(false);
                       adoptAccount(account, m_state == State::JustRegistered);
                       emit refreshed();
                   })
        .onFailure(load, [this](const ApiError &error) {
            // 401 unauthenticated never arrives here: endRejectedSession() ended this load.
            setBusy(false);
            failRefresh(error);
        });
}

void Session::failRefresh(const ApiError &error)
{
    if (m_state == State::Restoring) {
        // The server cannot confirm the stored session now; the login page says why and the
        // token stays stored for the next start.
        m_api.setToken(QString());
        setState(State::LoggedOut);
    }
    emit refreshFailed(error);
}

void Session::login(const QString &login, const QString &password)
{
    auto *load = m_scope.begin();
    setBusy(true);
    m_auth.login(login, password)
        .onSuccess(load,
                   [this](const SessionGrant &grant) {
                       setBusy(false);
                       adoptSession(grant, false);
                   })
        .onFailure(load, [this](const ApiError &error) {
            setBusy(false);
            // Not failures from the customer's point of view: they get their own pages.
            if (error.is(ErrorCode::PendingApproval)) {
                m_account = Account {};
                setState(State::AwaitingApproval);
            } else if (error.is(ErrorCode::Rejected)) {
                m_account = Account {};
                m_account.status = AccountStatus::Rejected;
                m_account.rejectionReason = error.rejectionReason;
                setState(State::Rejected);
            } else {
                emit loginFailed(error);
            }
        });
}

void Session::registerAccount(const AuthApi::RegistrationForm &form)
{
    auto *load = m_scope.begin();
    setBusy(true);
    m_auth.registerAccount(form)
        .onSuccess(load,
                   [this](const SessionGrant &grant) {
                       setBusy(false);
                       // The registration's token only reads /me: it lets this app notice the approval.
                       adoptSession(grant, true);
                   })
        .onFailure(load, [this](const ApiError &error) {
            setBusy(false);
            emit registrationFailed(error);
        });
}

void Session::confirm()
{
    if (m_state == State::Active && m_api.hasToken())
        refresh();
}

void Session::forgetOnEnd(QObject *context, const std::function<void()> &forget)
{
    connect(this, &Session::stateChanged, context, [forget](State state) {
        if (state != State::Active)
            forget();
    });
}

void Session::updateAccount(const Account &account)
{
    // Only the account this session is about; a late answer for another is not ours.
    if (account.id != m_account.id)
        return;
    adoptAccount(account);
}

void Session::updateOnboarding(const std::function<void(AccountOnboarding &onboarding)> &change)
{
    auto account = m_account;
    auto onboarding = account.onboarding.value_or(AccountOnboarding {});
    change(onboarding);
    if (account.onboarding == onboarding)
        return;
    account.onboarding = onboarding;
    updateAccount(account);
}

void Session::logout()
{
    // Answers still on their way belong to the session that ends here.
    m_scope.begin();
    setBusy(false);
    if (m_api.hasToken()) {
        // Fire and forget: the local session ends now even when the server is unreachable.
        m_auth.logout();
    }
    emit ending(Ending::LoggedOut);
    forgetToken();
    m_account = Account {};
    setState(State::LoggedOut);
}

void Session::showDemo(State state, const Account &account)
{
    m_account = account;
    emit accountChanged();
    setState(state);
}

} // namespace kp::client
