#include "client/videos/VideoCard.h"

#include "client/videos/VideoThumbnail.h"
#include "client/widgets/Format.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace kp::client {

namespace {

QLabel *badge(const QString &text, const QString &tone, const QString &name)
{
    auto *label = new QLabel(text);
    label->setObjectName(name);
    label->setProperty("role", QStringLiteral("badge"));
    if (!tone.isEmpty())
        label->setProperty("tone", tone);
    return label;
}

} // namespace

VideoCard::VideoCard(const Video &video, QWidget *parent)
    : QFrame(parent)
    , m_id(video.id)
    , m_thumbnail(new VideoThumbnail(cardWidth - 2 * theme::spacing::s))
    , m_title(new QLabel)
    , m_length(new QLabel)
    , m_new(badge(tr("New"), {}, QStringLiteral("videoNew")))
    , m_required(badge(tr("Required"), QStringLiteral("warning"), QStringLiteral("videoRequired")))
    , m_understood(badge(tr("✓ Understood"), QStringLiteral("success"), QStringLiteral("videoUnderstood")))
    , m_offline(badge(tr("Offline"), {}, QStringLiteral("videoOffline")))
{
    setObjectName(QStringLiteral("videoCard_") + video.id);
    setProperty("card", true);
    setProperty("clickable", true);
    setFixedWidth(cardWidth);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    m_title->setProperty("role", QStringLiteral("cardTitle"));
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Two lines for every title, so the cards of a row line up whatever their titles' length.
    QFont titleFont = m_title->font();
    titleFont.setPixelSize(13);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFixedHeight(2 * QFontMetrics(titleFont).lineSpacing() + 2);
    m_title->setObjectName(QStringLiteral("videoTitle"));
    m_length->setProperty("role", QStringLiteral("caption"));
    m_offline->hide();

    // One height for the row, with or without badges, so the cards of a row line up.
    auto *markerRow = new QWidget;
    markerRow->setFixedHeight(24);
    auto *markers = new QHBoxLayout(markerRow);
    markers->setContentsMargins(0, 0, 0, 0);
    markers->setSpacing(theme::spacing::xs + 2);
    markers->addWidget(m_length);
    markers->addStretch();
    markers->addWidget(m_new);
    markers->addWidget(m_offline);
    markers->addWidget(m_required);
    markers->addWidget(m_understood);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::s, theme::spacing::s, theme::spacing::s, theme::spacing::m);
    layout->setSpacing(theme::spacing::s);
    layout->addWidget(m_thumbnail);
    layout->addWidget(m_title);
    layout->addStretch();
    layout->addWidget(markerRow);
    showVideo(video);
}

void VideoCard::showVideo(const Video &video)
{
    m_title->setText(video.title);
    const auto length = format::duration(video.durationS);
    m_thumbnail->setDuration(length);
    m_thumbnail->setShare(video.progress.isUnderstood() ? 1.0 : video.progress.watchedRatio);
    const int percent = int(std::lround(std::clamp(video.progress.watchedRatio, 0.0, 1.0) * 100));
    m_length->setText(percent > 0 && !video.progress.isUnderstood() ? tr("%1 · %2 % watched").arg(length).arg(percent)
                                                                    : length);
    m_new->setVisible(video.isNew);
    m_required->setVisible(video.required && !video.progress.isUnderstood());
    m_understood->setVisible(video.progress.isUnderstood());
    QStringList states;
    if (video.isNew)
        states.append(tr("New"));
    if (video.required)
        states.append(tr("Required"));
    if (video.progress.isUnderstood())
        states.append(tr("Understood"));
    setAccessibleName(video.title);
    setAccessibleDescription(QStringList {length, states.join(QStringLiteral(", "))}.join(QStringLiteral(", ")));
    setToolTip(video.description);
}

void VideoCard::setThumbnail(const QImage &image)
{
    m_thumbnail->setImage(image);
}

void VideoCard::setOffline(bool offline)
{
    m_offline->setVisible(offline);
}

void VideoCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit openRequested(m_id);
    QFrame::mouseReleaseEvent(event);
}

void VideoCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit openRequested(m_id);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace kp::client
