#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace kp::client {

class Banner;
class FormField;
class Session;
struct ApiError;

// "Anmelden": email or user name and password. Shows why a login failed, counts down a rate
// limit, and warns when the login will not be remembered (no secret store).
class LoginPage : public QWidget {
    Q_OBJECT

public:
    LoginPage(Session &session, QWidget *parent = nullptr);

    void setServerLabel(const QString &server);
    void showError(const ApiError &error);
    // A calm sentence above the form, e.g. why the session ended (Session::sessionEnded).
    void showNotice(const QString &text);
    void showPersistenceWarning();

signals:
    void registerRequested();
    void serverSettingsRequested();

private:
    void submit();
    void updateBusy(bool busy);
    void tickRateLimit();

    Session &m_session;
    Banner *m_banner;
    Banner *m_persistenceBanner;
    FormField *m_login;
    FormField *m_password;
    QPushButton *m_submit;
    QLabel *m_server;
    QTimer *m_rateLimit;
    int m_secondsLeft = 0;
};

} // namespace kp::client
