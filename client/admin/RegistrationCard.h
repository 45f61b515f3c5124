#pragma once

#include "shared/Account.h"

#include <QFrame>

class QPushButton;

namespace kp::client {

class Avatar;

// One registration in the admin's list: who, which company, how to reach them, when they
// registered and who referred them, with the decision buttons its status allows.
class RegistrationCard : public QFrame {
    Q_OBJECT

public:
    explicit RegistrationCard(const Account &account, QWidget *parent = nullptr);
    const Account &account() const { return m_account; }
    void setBusy(bool busy);
    // The account's picture, once fetched (the initials until then).
    void setPicture(const QImage &picture);

signals:
    void approveRequested(const kp::Account &account);
    void rejectRequested(const kp::Account &account);

private:
    Account m_account;
    Avatar *m_avatar;
    QList<QPushButton *> m_buttons;
};

} // namespace kp::client
