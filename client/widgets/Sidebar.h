#pragma once

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kp::client {

class Avatar;
class ElidedLabel;

// The left column of the main window (UI.md): brand, one button per page (MainWindow adds them from
// the PageRegistry), an admin section set apart, the window's calls to action and the user card
// with logout at the bottom. Knows nothing of the
// pages themselves.
class Sidebar : public QWidget {
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    // Adds a navigation entry; `id` comes back through pageRequested(). `adminOnly` entries are
    // hidden for customers, `customerOnly` ones for admins.
    void addPage(const QString &id, const QString &icon, const QString &label, bool adminOnly = false,
                 bool customerOnly = false);
    // A call to action at the bottom, above the user (UI.md: "Rückruf anfordern", the sidebar's one
    // accent-coloured button), always in view; `id` is its objectName and comes back through
    // actionRequested(). `customerOnly` ones are hidden for admins.
    void addAction(const QString &id, const QString &icon, const QString &label, bool customerOnly);
    // A heading above the entries added after it (MainWindow adds one per registry section).
    void addSection(const QString &heading, bool adminOnly);
    void setAdminVisible(bool visible);
    // Shows the entry locked (a padlock, muted, `reason` as tooltip and accessible description)
    // or, with an empty reason, open again. A locked entry still asks for its page, so the window
    // can say why and lead on.
    void setLocked(const QString &id, const QString &reason);
    // A count beside the entry's label (a pill in the accent colour, also said to screen
    // readers), hidden at 0.
    void setBadge(const QString &id, int count);
    void select(const QString &id);
    void setUser(const QString &name, const QString &company);
    // The user's profile picture; a null image shows the initials.
    void setUserPicture(const QImage &picture);

signals:
    void pageRequested(const QString &id);
    void logoutRequested();
    void actionRequested(const QString &id);

private:
    QVBoxLayout *m_nav;
    QVBoxLayout *m_actions;
    QButtonGroup *m_buttons;
    QList<QWidget *> m_adminWidgets;
    QList<QWidget *> m_customerWidgets;
    QHash<QString, QString> m_icons;  // entry id → its own icon, back when unlocked
    QHash<QString, QString> m_labels; // entry id → its label, for the accessible name with a badge
    Avatar *m_avatar;
    ElidedLabel *m_userName;
    ElidedLabel *m_userCompany;
};

} // namespace kp::client
