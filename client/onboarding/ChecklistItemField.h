#pragma once

#include "client/onboarding/CustomerChecklist.h"
#include "shared/Checklist.h"

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kp::client {

// One checklist item as a form row: its label with the required mark, its help text, the input
// its type asks for (objectName "checklistItem_<id>") and the problem below it. The agency's
// items show their state instead of an input. Keeps what was typed whatever the server says.
class ChecklistItemField : public QWidget {
    Q_OBJECT

public:
    explicit ChecklistItemField(const ChecklistItem &item, QWidget *parent = nullptr);

    const ChecklistItem &item() const { return m_item; }
    // The value as an answer: bool for checkboxes, else a string ("" when not answered).
    QJsonValue value() const;
    // Shows a stored answer without reporting it as edited.
    void setValue(const QJsonValue &value);
    void setFile(const ChecklistFile &file);
    // Empty clears the message.
    void setError(const QString &message);
    QString error() const;
    // The widget the customer works with (for focus and scrolling).
    QWidget *input() const { return m_input; }

    // A file item's transfer: progress while it runs, then idle again.
    void showUploadProgress(qint64 done, qint64 total);
    void showUploadIdle();

    // The sentence for a validation problem code of this item.
    QString problemText(const QString &problem) const;

signals:
    // The customer changed the answer; `now` for a click (checkbox, choice), false while typing.
    void edited(bool now);
    void fileChosen(const QString &path);
    void uploadCancelled();

private:
    QWidget *buildInput();
    QWidget *buildTextInput();
    QWidget *buildChoiceInput();
    QWidget *buildFileInput();
    QWidget *buildAgencyState();
    // URL and date problems are said while typing, with the shared rules.
    void checkWhileTyping();

    ChecklistItem m_item;
    QWidget *m_input = nullptr;
    QCheckBox *m_check = nullptr;
    QLineEdit *m_line = nullptr;
    QComboBox *m_choice = nullptr;
    QLabel *m_agencyState = nullptr;
    QLabel *m_fileName = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_fileValue;
    QLabel *m_error;
};

} // namespace kp::client
