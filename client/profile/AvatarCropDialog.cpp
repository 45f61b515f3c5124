#include "client/profile/AvatarCropDialog.h"

#include "client/profile/AvatarCropView.h"
#include "client/profile/AvatarImage.h"
#include "client/widgets/Theme.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace kp::client {

namespace {

constexpr int previewSide = 96;

QImage cropped(const QImage &image, const QRect &source)
{
    QImage square = image.copy(source);
    if (square.width() <= AvatarImage::maxOutputSide)
        return square;
    return square.scaled(AvatarImage::maxOutputSide, AvatarImage::maxOutputSide, Qt::IgnoreAspectRatio,
                         Qt::SmoothTransformation);
}

// The avatar as the sidebar will show it: round.
QPixmap roundPreview(const QImage &square, qreal devicePixelRatio)
{
    const int pixels = int(previewSide * devicePixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, pixels, pixels));
    painter.setClipPath(circle);
    painter.drawImage(QRect(0, 0, pixels, pixels), square);
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace

AvatarCropDialog::AvatarCropDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new AvatarCropView)
    , m_zoom(new QSlider(Qt::Horizontal))
    , m_preview(new QLabel)
    , m_error(new QLabel)
    , m_accept(new QPushButton(tr("Use picture")))
{
    setObjectName(QStringLiteral("avatarCropDialog"));
    setWindowTitle(tr("Profile picture"));
    setModal(true);

    auto *title = new QLabel(tr("Choose the part of the picture to show"));
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *hint = new QLabel(tr("Drag the square or use the arrow keys; zoom with the slider or the mouse wheel."));
    hint->setProperty("role", QStringLiteral("secondary"));
    hint->setWordWrap(true);

    auto *zoomLabel = new QLabel(tr("Zoom"));
    zoomLabel->setProperty("role", QStringLiteral("fieldLabel"));
    zoomLabel->setBuddy(m_zoom);
    m_zoom->setObjectName(QStringLiteral("avatarCropZoom"));
    m_zoom->setAccessibleName(tr("Zoom"));
    // Right zooms in: a smaller square of the picture.
    m_zoom->setInvertedAppearance(true);
    m_zoom->setInvertedControls(true);
    m_preview->setObjectName(QStringLiteral("avatarCropPreview"));
    m_preview->setFixedSize(previewSide, previewSide);
    m_preview->setAccessibleName(tr("Preview"));
    m_error->setObjectName(QStringLiteral("avatarCropError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("avatarCropCancel"));
    m_accept->setObjectName(QStringLiteral("avatarCropAccept"));
    m_accept->setDefault(true);
    m_accept->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_accept);

    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Preview")));
    side->addWidget(m_preview);
    side->addStretch();
    auto *editor = new QHBoxLayout;
    editor->addWidget(m_view, 1);
    editor->addLayout(side);

    auto *zoomRow = new QHBoxLayout;
    zoomRow->addWidget(zoomLabel);
    zoomRow->addWidget(m_zoom, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xl, theme::spacing::xl, theme::spacing::xl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::m);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(editor, 1);
    layout->addLayout(zoomRow);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_zoom, &QSlider::valueChanged, m_view, &AvatarCropView::setSide);
    connect(m_view, &AvatarCropView::cropChanged, this, [this](const QRect &source) {
        const QSignalBlocker quiet(m_zoom);
        m_zoom->setValue(source.width());
        updatePreview();
    });
}

void AvatarCropDialog::openFile(const QString &path)
{
    m_accept->setEnabled(false);
    // A child of the dialog: a dialog closed while the picture loads takes the watcher along and
    // gets no call. The watcher reports through the event loop, never from inside this call.
    // Only the latest file counts: a slower earlier one must not replace it when it arrives.
    delete m_loading;
    auto *watcher = new QFutureWatcher<AvatarImage::Loaded>(this);
    m_loading = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto loaded = watcher->result();
        watcher->deleteLater();
        emit fileLoaded(adopt(loaded.image, loaded.error));
    });
    watcher->setFuture(AvatarImage::loadInBackground(path));
}

bool AvatarCropDialog::loadFile(const QString &path)
{
    const auto loaded = AvatarImage::load(path);
    return adopt(loaded.image, loaded.error);
}

bool AvatarCropDialog::adopt(const QImage &image, const QString &error)
{
    if (!error.isEmpty()) {
        showError(error);
        m_accept->setEnabled(!m_image.isNull());
        return false;
    }
    return setImage(image);
}

bool AvatarCropDialog::setImage(const QImage &image)
{
    const auto checked = AvatarImage::fromImage(image);
    if (!checked.ok()) {
        showError(checked.error);
        return false;
    }
    showError({});
    m_image = checked.image;
    m_previewImage = displayCopy(m_image);
    const CropGeometry geometry(m_image.size());
    {
        const QSignalBlocker quiet(m_zoom);
        m_zoom->setRange(geometry.minimumSide(), geometry.maximumSide());
        m_zoom->setSingleStep(std::max(1, geometry.maximumSide() / 50));
        m_zoom->setPageStep(std::max(1, geometry.maximumSide() / 10));
    }
    m_view->setImage(m_image);
    m_accept->setEnabled(true);
    m_view->setFocus();
    return true;
}

QString AvatarCropDialog::error() const
{
    return m_error->text();
}

QRect AvatarCropDialog::cropRect() const
{
    return m_view->crop().source();
}

QByteArray AvatarCropDialog::croppedPng() const
{
    if (m_image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    cropped(m_image, cropRect()).save(&buffer, "PNG");
    return png;
}

void AvatarCropDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty() && m_image.isNull())
        m_accept->setEnabled(false);
}

void AvatarCropDialog::updatePreview()
{
    if (m_image.isNull())
        return;
    // From the scaled-down copy: a drag must not copy megabytes of the original at every step.
    const double factor = double(m_previewImage.width()) / m_image.width();
    const QRectF source(cropRect());
    const QRect scaled = QRectF(source.topLeft() * factor, source.size() * factor).toAlignedRect();
    m_preview->setPixmap(roundPreview(m_previewImage.copy(scaled), devicePixelRatioF()));
}

} // namespace kp::client
