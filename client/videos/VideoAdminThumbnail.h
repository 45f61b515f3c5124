#pragma once

#include <QImage>
#include <QWidget>

namespace kp::client {

// A video's small 16:9 picture in the admin's list: its thumbnail, or a calm placeholder
// saying what is missing ("Kein Bild", "Keine Datei"), with the length in a dark chip.
class VideoAdminThumbnail : public QWidget {
    Q_OBJECT

public:
    explicit VideoAdminThumbnail(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setDuration(const QString &text);
    void setPlaceholder(const QString &text);
    bool hasImage() const { return !m_image.isNull(); }

    QSize sizeHint() const override { return {128, 72}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_duration;
    QString m_placeholder;
};

} // namespace kp::client
