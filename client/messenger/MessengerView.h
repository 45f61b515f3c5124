#pragma once

#include <QJsonObject>
#include <QUrl>
#include <QWidget>

#include <functional>

class QWebEngineProfile;
class QWebEngineView;

namespace kp::client {

// The Intercom Messenger in a web view of its own: a persistent QWebEngineProfile per user
// (cookies and local storage under <app data>/messenger/<storage name>, so the conversation
// survives a restart and never mixes with another user's), the server's /messenger page, and
// window.kpBootMessenger(settings) once it has loaded.
class MessengerView : public QWidget {
    Q_OBJECT

public:
    MessengerView(const QString &userId, QWidget *parent = nullptr);
    // Closes the page before its profile (Qt WebEngine's order); the storage stays for next time.
    ~MessengerView() override;

    const QString &userId() const { return m_userId; }
    QString storagePath() const { return storagePathFor(m_userId); }
    // Loads `page` and boots the Messenger with `settings` (GET /api/v1/messenger's answer).
    void start(const QUrl &page, const QJsonObject &settings);
    // Intercom('shutdown') through the page, then `done` (also when the page cannot answer).
    void shutdown(const std::function<void()> &done);
    // Ends the web session for good: the page and the profile go, then the profile's storage
    // folder, so the next person at this computer finds nothing of this user. Idempotent; the
    // view is empty afterwards.
    void discard();

    // Where the profile of `userId` keeps its storage; derived from the id, not naming it.
    static QString storagePathFor(const QString &userId);
    static QString storageNameFor(const QString &userId);

signals:
    void booted();
    void failed();

private:
    static void removeWhenReleased(const QString &path, int attempt, int absentChecks);
    void boot();
    void closeWebSession();

    QString m_userId;
    QJsonObject m_settings;
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
};

} // namespace kp::client
