#include "client/profile/AvatarDropZone.h"

#include "client/widgets/Theme.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kp::client {

AvatarDropZone::AvatarDropZone(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("avatarDropZone"));
    setAcceptDrops(true);
    setProperty("role", QStringLiteral("dropZone"));
    setAccessibleName(tr("Profile picture"));

    auto *icon = new QLabel;
    icon->setPixmap(theme::icon(QStringLiteral("avatar-default")).pixmap(32, 32));
    icon->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Drop a picture here"));
    text->setAlignment(Qt::AlignCenter);
    auto *limits = new QLabel(tr("PNG, JPEG, GIF or BMP, at most 5 MB"));
    limits->setProperty("role", QStringLiteral("secondary"));
    limits->setAlignment(Qt::AlignCenter);
    auto *choose = new QPushButton(tr("Choose picture…"));
    choose->setObjectName(QStringLiteral("avatarChooseFile"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::l, theme::spacing::l, theme::spacing::l, theme::spacing::l);
    layout->setSpacing(theme::spacing::s);
    layout->addWidget(icon);
    layout->addWidget(text);
    layout->addWidget(limits);
    layout->addWidget(choose, 0, Qt::AlignHCenter);

    connect(choose, &QPushButton::clicked, this, &AvatarDropZone::chooseFile);
}

QString AvatarDropZone::droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return {};
    const QUrl url = data->urls().first();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

void AvatarDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedFile(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    setHighlighted(true);
}

void AvatarDropZone::dragLeaveEvent(QDragLeaveEvent *)
{
    setHighlighted(false);
}

void AvatarDropZone::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    emit fileChosen(path);
}

void AvatarDropZone::chooseFile()
{
    // Opened with open(), not exec(): nothing blocks, and a test can answer the dialog.
    auto *dialog = new QFileDialog(window(), tr("Choose a profile picture"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp)"));
    dialog->setObjectName(QStringLiteral("avatarFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AvatarDropZone::fileChosen);
    dialog->open();
}

void AvatarDropZone::setHighlighted(bool highlighted)
{
    theme::setStyleProperty(this, "dragActive", highlighted);
}

} // namespace kp::client
