#pragma once

#include "shared/Account.h"
#include "shared/ProfileEdit.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace kp::client {

class Avatar;
class AvatarDropZone;
class Banner;
class FormField;
class PageHeader;
struct ApiError;

// The customer's profile (UI.md, issue "Profile"): picture, details, password, sessions. A view
// only: it shows what it is given and says what the user asked for through its signals; the
// ProfileController talks to the server. Nothing typed is ever cleared by an error.
class ProfilePage : public QWidget {
    Q_OBJECT

public:
    explicit ProfilePage(QWidget *parent = nullptr);

    // Fills the details with the account as stored; fields the user is editing keep their text.
    void setAccount(const Account &account);
    void setPicture(const QImage &picture);

    // The answer to saveRequested(): saved, queued while offline, or refused.
    void showSaved(const Account &account);
    void showQueued();
    void showSaveError(const ApiError &error);
    // The answer to passwordChangeRequested() and logoutOthersRequested().
    void showPasswordChanged();
    void showPasswordError(const ApiError &error);
    void showOthersLoggedOut();
    void showSessionsError(const ApiError &error);
    void showPictureError(const QString &message);
    void setPictureBusy(bool busy);
    Avatar *avatar() const { return m_avatar; }

signals:
    void saveRequested(const kp::ProfileEdit &edit);
    void passwordChangeRequested(const QString &currentPassword, const QString &newPassword);
    void logoutOthersRequested();
    // A picture file the user picked or dropped; the controller crops and uploads it.
    void pictureFileChosen(const QString &path);

private:
    QWidget *buildPictureCard();
    QWidget *buildDetailsCard();
    QWidget *buildPasswordCard();
    QWidget *buildSessionsCard();
    FormField *addField(QMap<QString, FormField *> &fields, const QString &key, const QString &label,
                        const QString &objectName);
    QString checkDetail(const QString &key) const;
    void submitDetails();
    void submitPassword();
    void updatePasswordPolicy();
    static void showFieldErrors(const QMap<QString, FormField *> &fields, const ApiError &error, Banner *banner);

    PageHeader *m_header;
    Avatar *m_avatar;
    QLabel *m_pictureStatus;
    AvatarDropZone *m_dropZone;
    QMap<QString, FormField *> m_details;
    QMap<QString, QString> m_stored; // the account's values, to send only what changed
    Banner *m_detailsBanner;
    QPushButton *m_save;
    QMap<QString, FormField *> m_password;
    QLabel *m_policy;
    Banner *m_passwordBanner;
    QPushButton *m_changePassword;
    Banner *m_sessionsBanner;
    QPushButton *m_logoutOthers;
};

} // namespace kp::client
