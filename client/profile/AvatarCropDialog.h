#pragma once

#include <QDialog>
#include <QImage>

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

    // Loads and checks the file; false (with the reason shown and in error()) when it is refused.
    bool loadFile(const QString &path);
    bool setImage(const QImage &image);
    QString error() const;

    // The chosen square in the picture's pixels.
    QRect cropRect() const;
    // The chosen square, scaled down to at most AvatarImage::maxOutputSide, as PNG; empty when no
    // picture is loaded.
    QByteArray croppedPng() const;

private:
    void showError(const QString &message);
    void updatePreview();

    QImage m_image;
    QImage m_previewImage; // m_image scaled down, for the live preview
    AvatarCropView *m_view;
    QSlider *m_zoom;
    QLabel *m_preview;
    QLabel *m_error;
    QPushButton *m_accept;
};

} // namespace kp::client
