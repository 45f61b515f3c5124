#include "client/videos/VideosDemo.h"

#include <QPainter>
#include <QPainterPath>

namespace kp::client::videosdemo {
namespace {

struct DemoVideo {
    const char *id;
    const char *seriesId;
    const char *series;
    const char *title;
    const char *description;
    double durationS;
    bool required;
    bool isNew;
    double watchedShare;
    bool understood;
};

const DemoVideo kVideos[] = {
    {"v-willkommen", "start", "Erste Schritte", "Willkommen bei Leadwerk",
     "Wer wir sind, wie wir arbeiten und was in den ersten 30 Tagen passiert.", 165, true, false, 1.0, true},
    {"v-dashboard", "start", "Erste Schritte", "So liest du dein Dashboard",
     "Leads, Kosten pro Lead und Reichweite: welche Zahl was bedeutet und wann sie sich lohnt.", 250, true, false, 0.45,
     false},
    {"v-nachfassen", "start", "Erste Schritte", "Leads richtig nachfassen",
     "Warum die ersten fünf Minuten entscheiden und wie ein gutes Erstgespräch klingt.", 380, true, true, 0, false},
    {"v-anzeige", "ads", "Werbeanzeigen verstehen", "Was macht eine gute Anzeige aus?",
     "Bild, Überschrift, Angebot: die drei Stellschrauben, an denen wir gemeinsam drehen.", 305, false, false, 1.0,
     false},
    {"v-budget", "ads", "Werbeanzeigen verstehen", "Budget und Laufzeit",
     "Wie sich das Tagesbudget verteilt und warum die ersten Tage teurer sind.", 210, true, true, 0, false},
    {"v-zielgruppen", "ads", "Werbeanzeigen verstehen", "Zielgruppen auf Facebook und Instagram",
     "Interessen, Lookalikes und Ausschlüsse an einem Beispiel aus der Immobilienbranche.", 432, false, false, 0.2,
     false},
    {"v-landingpage", "profi", "Für Fortgeschrittene", "Landingpages, die verkaufen",
     "Aufbau, Formular und Vertrauen: was eine Seite braucht, damit aus Klicks Anfragen werden.", 520, false, true, 0,
     false},
};

QDateTime demoNow()
{
    return QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
}

QImage paint(const QColor &from, const QColor &to, const QString &caption, int motif)
{
    QImage image(640, 360, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient wash(0, 0, 640, 360);
    wash.setColorAt(0, from);
    wash.setColorAt(1, to);
    painter.fillRect(image.rect(), wash);
    // A few soft shapes, different per video, so the row does not look like one picture repeated.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 36));
    painter.drawEllipse(QPointF(520 - motif * 40, 70 + motif * 25), 150, 150);
    painter.setBrush(QColor(255, 255, 255, 22));
    painter.drawEllipse(QPointF(80 + motif * 60, 330), 120, 120);
    painter.setBrush(QColor(255, 255, 255, 60));
    for (int bar = 0; bar < 4; ++bar) {
        const double height = 40 + ((bar * 37 + motif * 23) % 90);
        painter.drawRoundedRect(QRectF(440 + bar * 34, 300 - height, 22, height), 4, 4);
    }
    auto font = painter.font();
    font.setFamily(QStringLiteral("Inter"));
    font.setPixelSize(34);
    font.setWeight(QFont::Bold);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(36, 200, 380, 130), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, caption);
    return image;
}

} // namespace

VideoList list()
{
    VideoList result;
    result.requiredShare = 0.9;
    int position = 0;
    QString series;
    int seriesPosition = 0;
    for (const auto &demo : kVideos) {
        Video video;
        video.id = QString::fromUtf8(demo.id);
        video.seriesId = QString::fromUtf8(demo.seriesId);
        if (video.seriesId != series) {
            series = video.seriesId;
            ++seriesPosition;
            position = 0;
        }
        video.series = QString::fromUtf8(demo.series);
        video.seriesPosition = seriesPosition;
        video.position = ++position;
        video.title = QString::fromUtf8(demo.title);
        video.description = QString::fromUtf8(demo.description);
        video.durationS = demo.durationS;
        video.required = demo.required;
        video.isNew = demo.isNew;
        video.publishedAt = demoNow().addDays(demo.isNew ? -2 : -40);
        video.fileId = video.id + QStringLiteral(".mp4");
        video.contentType = QStringLiteral("video/mp4");
        video.progress.watchedRatio = demo.watchedShare;
        video.progress.watchedS = demo.watchedShare * demo.durationS;
        video.progress.maxPositionS = video.progress.watchedS;
        video.progress.positionS = demo.watchedShare < 1 ? video.progress.watchedS : 0;
        video.progress.canConfirm = demo.watchedShare >= result.requiredShare;
        if (demo.understood)
            video.progress.understoodAt = demoNow().addDays(-3);
        if (video.required) {
            ++result.requiredTotal;
            if (!demo.understood)
                ++result.requiredLeft;
        }
        result.items.append(video);
    }
    return result;
}

QHash<QString, QImage> thumbnails()
{
    const QColor blue(0x25, 0x63, 0xEB), indigo(0x4F, 0x46, 0xE5), teal(0x0F, 0x76, 0x6E), green(0x1A, 0x7F, 0x37),
        amber(0xB4, 0x53, 0x09), rose(0xBE, 0x12, 0x3C);
    return {
        {QStringLiteral("v-willkommen"), paint(blue, indigo, QStringLiteral("Willkommen!"), 0)},
        {QStringLiteral("v-dashboard"), paint(indigo, blue.darker(130), QStringLiteral("Dein Dashboard"), 1)},
        {QStringLiteral("v-nachfassen"), paint(teal, blue, QStringLiteral("Leads nachfassen"), 2)},
        {QStringLiteral("v-anzeige"), paint(amber, rose, QStringLiteral("Die gute Anzeige"), 3)},
        {QStringLiteral("v-budget"), paint(green, teal, QStringLiteral("Budget & Laufzeit"), 1)},
        // v-zielgruppen has no thumbnail yet: the card shows the painted placeholder.
        {QStringLiteral("v-landingpage"), paint(rose, indigo, QStringLiteral("Landingpages"), 2)},
    };
}

QString playerVideoId()
{
    return QStringLiteral("v-dashboard");
}

double playerPositionS()
{
    return 113;
}

} // namespace kp::client::videosdemo
