#pragma once

#include "client/api/ApiClient.h"
#include "client/api/RequestScope.h"
#include "client/auth/AuthApi.h"
#include "shared/Account.h"

#include <QObject>

#include <functional>

namespace kp::client {

class TokenStore;

// Who is using the app, from start to logout. Owns the token's life: restores it from the
// TokenStore at start, asks the server who it belongs to, stores a new one after login or
// registration and forgets it at logout. Pages watch state() and call the actions.
class Session : public QObject {
    Q_OBJECT

public:
    enum class State {
        Restoring, // reading the stored token and asking the server
        LoggedOut,
        JustRegistered,   // registration received, waiting for the agency
        AwaitingApproval, // known pending account (after a restart or a pending login)
        Rejected,
        Active, // approved; the main window is shown
    };
    Q_ENUM(State)

    // How a session ends on purpose (not a start whose stored session could not be confirmed).
    enum class Ending {
        LoggedOut, // the user logged out here: nothing of the account stays on this computer
        Rejected,  // the server ended it (expiry, elsewhere, password): changes not yet sent stay
    };
    Q_ENUM(Ending)

    Session(ApiClient &api, TokenStore &tokens, QObject *parent = nullptr);

    State state() const { return m_state; }
    const Account &account() const { return m_account; }
    bool isBusy() const { return m_busy; }
    // False when no secret store works: the session will not survive a restart.
    bool persistsLogin() const;

    void restore();
    void login(const QString &login, const QString &password);
    void registerAccount(const AuthApi::RegistrationForm &form);
    // Asks the server again (the waiting page's "check status").
    void refresh();
    void logout();
    // Asks the server whether an active session still holds (it may have ended on another
    // device); nothing to ask for a demo session without a token.
    void confirm();
    // The account as the server answered a change of it (a profile edit, a new picture).
    void updateAccount(const Account &account);
    // Calls `forget` each time the session stops being active (signed out, or another account on
    // its way) while `context` lives: what a page showed of one account may not show for the next.
    void forgetOnEnd(QObject *context, const std::function<void()> &forget);
    // A page learned part of the account's onboarding before /me says so (the checklist's
    // progress, the required videos understood): `change` edits the account's onboarding (a
    // default one when the server sent none), and the account changes only when it did, so the
    // sidebar's locks and badges follow at once. Each page edits only its own fields.
    void updateOnboarding(const std::function<void(AccountOnboarding &onboarding)> &change);
    // Enters a state without the server, for `--screenshot` and tests of pages.
    void showDemo(State state, const Account &account);

signals:
    void stateChanged(kp::client::Session::State state);
    // The account's details were (re)loaded; its state may be unchanged.
    void accountChanged();
    void busyChanged(bool busy);
    void loginFailed(const kp::client::ApiError &error);
    void registrationFailed(const kp::client::ApiError &error);
    void refreshFailed(const kp::client::ApiError &error);
    // The server confirmed the account (its state may be unchanged).
    void refreshed();
    void persistenceUnavailable();
    // A start found a stored session of `accountId`; sent before the server is asked, so that
    // account's cache can answer if the server cannot.
    void storedSessionFound(const QString &accountId);
    // The session is about to end (the state becomes LoggedOut right after).
    void ending(kp::client::Session::Ending how);
    // The server ended the session (any request answered 401 unauthenticated): the app is back
    // on the login page and `reason` is the sentence saying why.
    void sessionEnded(const QString &reason);

private:
    // The server no longer knows the token (ApiClient::sessionRejected).
    void endRejectedSession();
    void failRefresh(const ApiError &error);
    void setState(State state);
    void setBusy(bool busy);
    void adoptToken(const SessionGrant &grant);
    void adoptSession(const SessionGrant &grant, bool justRegistered);
    void adoptAccount(const Account &account, bool justRegistered = false);
    void forgetToken();
    QString storeKey() const;

    ApiClient &m_api;
    AuthApi m_auth;
    TokenStore &m_tokens;
    State m_state = State::Restoring;
    Account m_account;
    bool m_busy = false;
    // Each action begins a new load; answers for an older one are dropped, so a late reply
    // cannot revive a session the user has left.
    RequestScope m_scope;
};

} // namespace kp::client
