#pragma once

#include <QPixmap>
#include <QWidget>

namespace kp::client {

// A round avatar: the person's picture, or their initials on the accent colour without one.
class Avatar : public QWidget {
    Q_OBJECT

public:
    explicit Avatar(int diameter, QWidget *parent = nullptr);
    void setName(const QString &name);
    // A null image shows the initials again.
    void setPicture(const QImage &picture);
    bool hasPicture() const { return !m_picture.isNull(); }
    QSize sizeHint() const override { return {m_diameter, m_diameter}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_diameter;
    QString m_initials;
    QPixmap m_picture; // scaled to the diameter at the device pixel ratio
};

} // namespace kp::client
