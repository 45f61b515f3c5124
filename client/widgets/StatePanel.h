#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace kp::client {

// The designed loading, empty and error states of a view (UI.md "States"). Loading appears only
// after 150 ms, so fast answers do not flash a spinner.
class StatePanel : public QWidget {
    Q_OBJECT

public:
    explicit StatePanel(QWidget *parent = nullptr);

    void showLoading(const QString &text);
    void showEmpty(const QString &icon, const QString &title, const QString &text);
    // Shows the message with an "Erneut versuchen" button that emits retryRequested().
    void showError(const QString &message);
    // Hides the panel, including a loading state still waiting for its 150 ms.
    void clear();

    QString title() const;

signals:
    void retryRequested();

private:
    void showState(const QString &icon, const QString &title, const QString &text, bool retry);

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_retry;
    QTimer *m_loadingDelay;
};

} // namespace kp::client
