#pragma once

#include <QFrame>

namespace kp::client {

// A brief, quiet confirmation at the bottom of a window (UI.md: success is confirmed briefly).
// Deletes itself after a few seconds, or when the next one shows; errors never use it.
class Toast : public QFrame {
    Q_OBJECT

public:
    static Toast *show(QWidget *window, const QString &text);

private:
    Toast(QWidget *window, const QString &text);
    void place();
};

} // namespace kp::client
