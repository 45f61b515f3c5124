#pragma once

#include "client/api/AccountPicture.h"
#include "client/api/RequestScope.h"
#include "client/profile/ProfileApi.h"

#include <QObject>
#include <QPointer>

namespace kp::client {

class AvatarCropDialog;
class OfflineSync;
class ProfilePage;
class Session;

// Between the Profile page and the server: sends what the page asks for through ProfileApi,
// hands the answers back, and tells the Session about the changed account (so the sidebar and
// every other page show it). Lives as long as its page (a child of it).
class ProfileController : public QObject {
    Q_OBJECT

public:
    ProfileController(ProfilePage &page, Session &session, ApiClient &api, OfflineSync &offline);

    // Shows the account as the session has it now, with its picture (each time the page opens).
    void refresh();
    // The crop dialog of a picture being chosen, or null (for tests, which answer it).
    AvatarCropDialog *cropDialog() const;

private:
    void save(const ProfileEdit &edit);
    void changePassword(const QString &current, const QString &replacement);
    void logoutOthers();
    void cropAndUpload(const QString &path);
    void upload(const QByteArray &png);

    ProfilePage &m_page;
    Session &m_session;
    OfflineSync &m_offline;
    ProfileApi m_api;
    RequestScope m_saves;
    RequestScope m_passwords;
    RequestScope m_sessions;
    RequestScope m_uploads;
    AccountPicture m_picture;
    QPointer<AvatarCropDialog> m_crop;
};

} // namespace kp::client
