#include "client/profile/ProfileController.h"

#include "client/app/OfflineSync.h"
#include "client/app/Session.h"
#include "client/profile/AvatarCropDialog.h"
#include "client/profile/ProfilePage.h"

#include <QImage>

namespace kp::client {

ProfileController::ProfileController(ProfilePage &page, Session &session, ApiClient &api, OfflineSync &offline)
    : QObject(&page)
    , m_page(page)
    , m_session(session)
    , m_offline(offline)
    , m_api(api)
    , m_picture(api, [this](const QImage &picture) { m_page.setPicture(picture); })
{
    // An edit sent later from the outbox changed the account: show it as the server has it.
    connect(&offline, &OfflineSync::changeSent, this, [this] { m_session.confirm(); });
    connect(&page, &ProfilePage::saveRequested, this, &ProfileController::save);
    connect(&page, &ProfilePage::passwordChangeRequested, this, &ProfileController::changePassword);
    connect(&page, &ProfilePage::logoutOthersRequested, this, &ProfileController::logoutOthers);
    connect(&page, &ProfilePage::pictureFileChosen, this, &ProfileController::cropAndUpload);
    connect(&session, &Session::accountChanged, this, &ProfileController::refresh);
}

AvatarCropDialog *ProfileController::cropDialog() const
{
    return m_crop;
}

void ProfileController::refresh()
{
    m_page.setAccount(m_session.account());
    m_picture.follow(m_session.account());
}

void ProfileController::save(const ProfileEdit &edit)
{
    m_api.update(edit)
        .onSuccess(m_saves.begin(),
                   [this](const Account &account) {
                       m_page.showSaved(account);
                       m_session.updateAccount(account);
                   })
        .onFailure(m_saves.current(), [this, edit](const ApiError &error) {
            // Unreachable: nothing was refused, so the edit waits in the outbox and goes, once,
            // when the server answers again.
            if (error.isNetworkError() && m_offline.isOpen()) {
                m_offline.queue("PATCH", QStringLiteral("/api/v1/me"), edit.toJson(), tr("Profile change"));
                m_page.showQueued();
                return;
            }
            m_page.showSaveError(error);
        });
}

void ProfileController::changePassword(const QString &current, const QString &replacement)
{
    m_api.changePassword(current, replacement)
        .onSuccess(m_passwords.begin(), [this](NoContent) { m_page.showPasswordChanged(); })
        .onFailure(m_passwords.current(), [this](const ApiError &error) { m_page.showPasswordError(error); });
}

void ProfileController::logoutOthers()
{
    m_api.logoutEverywhereElse()
        .onSuccess(m_sessions.begin(), [this](NoContent) { m_page.showOthersLoggedOut(); })
        .onFailure(m_sessions.current(), [this](const ApiError &error) { m_page.showSessionsError(error); });
}

void ProfileController::cropAndUpload(const QString &path)
{
    if (m_crop)
        m_crop->deleteLater();
    m_crop = new AvatarCropDialog(&m_page);
    m_crop->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_crop, &QDialog::accepted, this, [this, dialog = m_crop] { upload(dialog->croppedPng()); });
    // The file is checked and decoded off the GUI thread; the dialog shows a refusal itself.
    m_crop->openFile(path);
    m_crop->open();
}

void ProfileController::upload(const QByteArray &png)
{
    if (png.isEmpty())
        return;
    m_page.setPictureBusy(true);
    auto *upload = m_uploads.begin();
    m_api.uploadAvatar(png, QStringLiteral("image/png"))
        .onSuccess(upload,
                   [this, png](const QUrl &url) {
                       m_page.setPictureBusy(false);
                       // Shown at once from what was sent; the account learns its new version.
                       m_page.setPicture(QImage::fromData(png));
                       auto account = m_session.account();
                       account.avatarVersion = url.query().section(QLatin1String("v="), 1);
                       m_picture.adopt(account.avatarVersion);
                       m_session.updateAccount(account);
                   })
        .onFailure(upload, [this](const ApiError &error) {
            m_page.setPictureBusy(false);
            m_page.showPictureError(error.fieldMessage(QStringLiteral("avatar")).isEmpty()
                                        ? error.message()
                                        : error.fieldMessage(QStringLiteral("avatar")));
        });
}

} // namespace kp::client
