#pragma once

#include <QFrame>

class QLabel;

namespace kp::client {

// A message that stays until read or replaced (UI.md: errors stay), above a form or a list.
class Banner : public QFrame {
    Q_OBJECT

public:
    enum class Tone { Info, Warning, Danger };

    explicit Banner(const QString &objectName, QWidget *parent = nullptr);
    void showMessage(Tone tone, const QString &text);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace kp::client
