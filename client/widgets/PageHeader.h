#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace kp::client {

// Title, one line of context, and the page's primary action on the right (UI.md).
class PageHeader : public QWidget {
    Q_OBJECT

public:
    PageHeader(const QString &title, const QString &subtitle, QWidget *parent = nullptr);
    void setSubtitle(const QString &subtitle);
    void setTitle(const QString &title);
    void addAction(QWidget *action);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_actions;
};

} // namespace kp::client
