#include "client/app/Session.h"

#include "client/app/TokenStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "kp.session")

namespace kp::client {

Session::Session(ApiClient &api, TokenStore &tokens, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_tokens(tokens)
{
    connect(&m_tokens, &TokenStore::unavailable, this, &Session::persistenceUnavailable);
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

void Session::adoptToken(const QString &token)
{
    m_api.setToken(token);
    m_tokens.save(storeKey(), token);
}

bool Session::adoptSession(const QJsonObject &body, bool justRegistered)
{
    const auto account = Account::fromJson(body.value(QLatin1String("account")).toObject());
    const auto token = body.value(QLatin1String("token")).toString();
    if (!account || token.isEmpty())
        return false;
    adoptToken(token);
    qCInfo(lcSession) << "session for account" << account->id;
    adoptAccount(*account, justRegistered);
    return true;
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

quint64 Session::beginOperation()
{
    return ++m_operation;
}

bool Session::isCurrent(quint64 operation) const
{
    return operation == m_operation;
}

ApiError Session::unexpectedAnswer()
{
    ApiError error;
    error.httpStatus = 200; // an answer, but not the one the contract promises
    return error;
}

void Session::restore()
{
    const auto operation = beginOperation();
    // Whatever token belonged to the previous server (or session) must not travel further.
    m_api.setToken(QString());
    setState(State::Restoring);
    connect(
        &m_tokens, &TokenStore::loaded, this,
        [this, operation](const QString &token) {
            if (!isCurrent(operation))
                return;
            if (token.isEmpty()) {
                setState(State::LoggedOut);
                return;
            }
            m_api.setToken(token);
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
    const auto operation = beginOperation();
    setBusy(true);
    auto *call = m_api.me();
    connect(call, &ApiCall::succeeded, this, [this, operation](const QJsonObject &body) {
        if (!isCurrent(operation))
            return;
        setBusy(false);
        const auto account = Account::fromJson(body);
        if (!account) {
            failRefresh(unexpectedAnswer());
            return;
        }
        adoptAccount(*account, m_state == State::JustRegistered);
        emit refreshed();
    });
    connect(call, &ApiCall::failed, this, [this, operation](const ApiError &error) {
        if (!isCurrent(operation))
            return;
        setBusy(false);
        if (error.is(ErrorCode::Unauthenticated)) {
            // Expired or revoked elsewhere: the stored token is of no use any more.
            forgetToken();
            setState(State::LoggedOut);
            return;
        }
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
    const auto operation = beginOperation();
    setBusy(true);
    auto *call = m_api.login(login, password);
    connect(call, &ApiCall::succeeded, this, [this, operation](const QJsonObject &body) {
        if (!isCurrent(operation))
            return;
        setBusy(false);
        if (!adoptSession(body, false))
            emit loginFailed(unexpectedAnswer());
    });
    connect(call, &ApiCall::failed, this, [this, operation](const ApiError &error) {
        if (!isCurrent(operation))
            return;
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

void Session::registerAccount(const ApiClient::RegistrationForm &form)
{
    const auto operation = beginOperation();
    setBusy(true);
    auto *call = m_api.registerAccount(form);
    connect(call, &ApiCall::succeeded, this, [this, operation](const QJsonObject &body) {
        if (!isCurrent(operation))
            return;
        setBusy(false);
        // The registration's token only reads /me: it lets this app notice the approval.
        if (!adoptSession(body, true))
            emit registrationFailed(unexpectedAnswer());
    });
    connect(call, &ApiCall::failed, this, [this, operation](const ApiError &error) {
        if (!isCurrent(operation))
            return;
        setBusy(false);
        emit registrationFailed(error);
    });
}

void Session::logout()
{
    // Answers still on their way belong to the session that ends here.
    beginOperation();
    setBusy(false);
    if (m_api.hasToken()) {
        // Fire and forget: the local session ends now even when the server is unreachable.
        m_api.logout();
    }
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
