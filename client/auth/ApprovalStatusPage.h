#pragma once

#include "client/app/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace kp::client {

class Banner;

// What a customer sees between registration and the agency's decision: the confirmation right
// after registering, "being reviewed" on later starts, or the rejection with its reason. While
// waiting with a token it asks the server again every minute and on "Check status".
class ApprovalStatusPage : public QWidget {
    Q_OBJECT

public:
    explicit ApprovalStatusPage(Session &session, QWidget *parent = nullptr);

    void showState(Session::State state);

signals:
    void backToLoginRequested();

private:
    Session &m_session;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_details;
    QLabel *m_reason;
    Banner *m_banner;
    QPushButton *m_check;
    QPushButton *m_back;
    QTimer *m_poll;
};

} // namespace kp::client
