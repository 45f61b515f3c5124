#include "client/videos/VideoAdminDemo.h"

#include <QCoreApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace kp::client::videoadmindemo {
namespace {

// lupdate files the tr() calls of this namespace under its name; the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("kp::client::videoadmindemo", text);
}

VideoContent video(const char *id, const char *seriesId, int position, const QString &title, double seconds,
                   bool published, bool required)
{
    VideoContent video;
    video.id = QString::fromLatin1(id);
    video.seriesId = QString::fromLatin1(seriesId);
    video.position = position;
    video.title = title;
    video.durationS = seconds;
    video.required = required;
    video.status = published ? QStringLiteral("published") : QStringLiteral("draft");
    if (seconds > 0) {
        video.fileId = video.id + QStringLiteral(".mp4");
        video.contentType = QStringLiteral("video/mp4");
        video.sizeBytes = qint64(seconds * 310000);
        video.hasThumbnail = true;
    }
    return video;
}

} // namespace

QList<VideoSeries> series()
{
    VideoSeries start;
    start.id = QStringLiteral("s1");
    start.title = tr("Getting started");
    start.position = 0;
    VideoSeries campaigns;
    campaigns.id = QStringLiteral("s2");
    campaigns.title = tr("Understanding your campaigns");
    campaigns.position = 1;
    return {start, campaigns};
}

QList<VideoContent> videos()
{
    auto welcome = video("v1", "s1", 0, tr("Welcome to your customer portal"), 187, true, true);
    welcome.description = tr("What the portal shows you and where to find help.");
    auto checklist = video("v2", "s1", 1, tr("The onboarding checklist, step by step"), 342, true, true);
    auto pixel = video("v3", "s1", 2, tr("Setting up the Meta pixel"), 0, false, false);
    pixel.description = tr("Recording next week.");
    auto leads = video("v4", "s2", 0, tr("Reading your lead figures"), 265, true, false);
    auto budget = video("v5", "s2", 1, tr("Budget and cost per lead"), 1324, false, false);
    return {welcome, checklist, pixel, leads, budget};
}

QImage thumbnail(const QString &videoId)
{
    static const QList<std::pair<QColor, QColor>> palettes {{QColor(0x25, 0x63, 0xEB), QColor(0x7C, 0x3A, 0xED)},
                                                            {QColor(0x0E, 0x74, 0x90), QColor(0x22, 0xC5, 0x5E)},
                                                            {QColor(0xEA, 0x58, 0x0C), QColor(0xDB, 0x27, 0x77)},
                                                            {QColor(0x1F, 0x23, 0x28), QColor(0x25, 0x63, 0xEB)},
                                                            {QColor(0x9A, 0x67, 0x00), QColor(0xEA, 0x58, 0x0C)}};
    const int index = videoId.mid(1).toInt() - 1;
    if (index < 0 || index >= palettes.size() || videoId == QLatin1String("v3"))
        return {};
    QImage image(640, 360, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(0, 0, 640, 360);
    gradient.setColorAt(0, palettes[index].first);
    gradient.setColorAt(1, palettes[index].second);
    painter.fillRect(image.rect(), gradient);
    // A calm "chart" and a presenter's circle, as an agency's tutorial would open.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 40));
    for (int bar = 0; bar < 6; ++bar) {
        const int height = 60 + ((bar * 37 + index * 53) % 140);
        painter.drawRoundedRect(QRectF(300 + bar * 50, 320 - height, 32, height), 6, 6);
    }
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawEllipse(QPointF(150, 170), 70, 70);
    painter.setBrush(palettes[index].first);
    painter.drawEllipse(QPointF(150, 150), 26, 26);
    QPainterPath shoulders;
    shoulders.addEllipse(QPointF(150, 215), 44, 30);
    painter.setClipRect(QRectF(80, 100, 140, 138));
    painter.drawPath(shoulders);
    return image;
}

} // namespace kp::client::videoadmindemo
