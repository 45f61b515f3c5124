#pragma once

#include <QLabel>

namespace kp::client {

// One line of text that ends in "…" when it does not fit the width the layout gives it (not a
// guessed width), with the whole text as its tooltip.
class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    const QString &fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace kp::client
