#pragma once

#include <QFrame>

class QMimeData;

namespace kp::client {

// Where a picture for the profile comes in: dropped from the file manager, or chosen with the
// button's file dialog. Either way fileChosen() names the local file; checking it is the crop
// dialog's job (AvatarImage), so both ways get the same checks and messages.
class AvatarDropZone : public QFrame {
    Q_OBJECT

public:
    explicit AvatarDropZone(QWidget *parent = nullptr);

    // The local file a drag carries, or an empty string when it carries none or several.
    static QString droppedFile(const QMimeData *data);

signals:
    void fileChosen(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void setHighlighted(bool highlighted);
};

} // namespace kp::client
