#pragma once

#include "shared/Account.h"

#include <QFrame>

namespace kp::client {

class Avatar;

// One approved customer in the agency's onboarding overview: avatar, name and company, the
// required items done of all ("7 of 12 done") with a small bar, and "completed on …" or "open".
// A click anywhere on it (or on "View answers") asks to open the customer's answers.
class CustomerProgressCard : public QFrame {
    Q_OBJECT

public:
    explicit CustomerProgressCard(const Account &account, QWidget *parent = nullptr);
    const Account &account() const { return m_account; }
    bool isComplete() const;
    // The account's picture, once fetched (the initials until then).
    void setPicture(const QImage &picture);

signals:
    void openRequested(const kp::Account &account);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    Account m_account;
    Avatar *m_avatar;
};

} // namespace kp::client
