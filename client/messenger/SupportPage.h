#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace kp::client {

class StatePanel;

// The "Support" tab (UI.md "Support"): the Intercom Messenger filling the content area, or, when
// it cannot be shown, a designed state that says why in one sentence and offers the callback
// instead. The page only shows; SupportController decides.
class SupportPage : public QWidget {
    Q_OBJECT

public:
    enum class State { Loading, Chat, Offline, NotConfigured };

    explicit SupportPage(QWidget *parent = nullptr);

    State state() const { return m_state; }
    void showLoading();
    // The server or the chat cannot be reached: "Der Chat ist gerade nicht erreichbar", retry
    // and the callback button.
    void showOffline();
    // The server has no chat set up ([intercom] app_id): says so, with the callback button.
    void showNotConfigured();
    // Shows `messenger` (a MessengerView) in the content area; the page takes it over.
    void showChat(QWidget *messenger);
    // Takes the messenger back out (logout); the caller owns it again.
    void removeChat(QWidget *messenger);

signals:
    void retryRequested();
    // "Rückruf anfordern" on this page (objectName requestCallbackButton): the app opens the
    // callback popup (wired where the popup lives, client/callbacks).
    void callbackRequested();

private:
    void showUnavailable(State state, const QString &icon, const QString &title, const QString &text, bool retry);

    State m_state = State::Loading;
    QStackedWidget *m_stack;
    StatePanel *m_loading;
    QWidget *m_unavailable;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_callback;
};

} // namespace kp::client
