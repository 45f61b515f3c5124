#pragma once

#include <QDialog>
#include <QImage>
#include <QPointer>

class QLabel;
class QPushButton;
class QSlider;

namespace kp::client {

class AvatarCropView;

// Lets the user choose the square of a picture that becomes the profile picture. Checks the picture
// first (AvatarImage: content, 5 MB, 40 megapixels) and says in words what is wrong. Opened with
// open(), so GUI tests answer it like a person; accepted() means croppedPng() holds the result.
class AvatarCropDialog : public QDialog {
    Q_OBJECT

public:
    explicit AvatarCropDialog(QWidget *parent = nullptr);

    // Loads and checks the file on a pool thread and returns at once; fileLoaded() tells how it
    // went (a refusal is shown in the dialog and in error()). The way the app opens a picture.
    void openFile(const QString &path);
    // The same, waiting for the result: false when the file is refused. For pictures known to be
    // small, and for tests.
    bool loadFile(const QString &path);
    bool setImage(const QImage &image);
    QString error() const;

    // The chosen square in the picture's pixels.
    QRect cropRect() const;
    // The chosen square, scaled down to at most AvatarImage::maxOutputSide, as PNG; empty when no
    // picture is loaded.
    QByteArray croppedPng() const;

signals:
    void fileLoaded(bool ok);

private:
    bool adopt(const QImage &image, const QString &error);
    void showError(const QString &message);
    void updatePreview();

    QImage m_image;
    QImage m_previewImage; // m_image scaled down, for the live preview
    AvatarCropView *m_view;
    QSlider *m_zoom;
    QLabel *m_preview;
    QLabel *m_error;
    QPushButton *m_accept;
    QPointer<QObject> m_loading; // the watcher of the file being opened, if any
};

} // namespace kp::client
