#pragma once

#include <QWidget>

class QVBoxLayout;

namespace kp::client {

// The calm frame of every page before login: the brand above one centred card.
// Pages put their content into body().
class AuthFrame : public QWidget {
    Q_OBJECT

public:
    explicit AuthFrame(QWidget *parent = nullptr, int cardWidth = 440);
    QVBoxLayout *body() const { return m_body; }
    // A line under the card (e.g. "Server: …" with a settings link).
    QVBoxLayout *footer() const { return m_footer; }

private:
    QVBoxLayout *m_body;
    QVBoxLayout *m_footer;
};

} // namespace kp::client
