#pragma once

#include <QWidget>

namespace kp::client {

// A round avatar showing a person's initials on the accent colour (until profile pictures land).
class Avatar : public QWidget {
    Q_OBJECT

public:
    explicit Avatar(int diameter, QWidget *parent = nullptr);
    void setName(const QString &name);
    QSize sizeHint() const override { return {m_diameter, m_diameter}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_diameter;
    QString m_initials;
};

} // namespace kp::client
