#pragma once

#include <QImage>
#include <QWidget>

namespace kp::client {

// A video's 16:9 picture with rounded corners: the thumbnail (cropped to fill), or a calm
// painted placeholder with a play glyph while there is none; the length in a dark chip at the
// bottom right and the watched share as a thin bar along the bottom edge.
class VideoThumbnail : public QWidget {
    Q_OBJECT

public:
    explicit VideoThumbnail(int width, QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setDuration(const QString &text);
    // 0…1; the bar is hidden at 0.
    void setShare(double share);
    bool hasImage() const { return !m_image.isNull(); }
    double share() const { return m_share; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_duration;
    double m_share = 0;
};

// A play glyph in a white disc, centred in `rect` (thumbnails, the placeholder, the demo pictures).
void paintPlayGlyph(class QPainter &painter, const QRectF &rect, double diameter);

} // namespace kp::client
