#pragma once

#include "shared/Roadmap.h"

#include <QAccessible>
#include <QWidget>

namespace kp::client {

// The customer's way as a vertical timeline painted with QPainter (UI.md "Roadmap"): a done
// stage is a filled accent circle with a check mark and its date, the current one a thick ring
// on a highlighted row with what happens now and who acts, the upcoming ones thin grey rings.
// Each state also says itself in words ("Erledigt am …", "Jetzt", "Als Nächstes"), so it reads
// without colour. Screen readers get one child per stage (name: the title, description: the
// state); the arrow keys move the focus from stage to stage. heightForWidth() is the height the
// wrapped texts need, so a layout never clips a stage.
class RoadmapTimeline : public QWidget {
    Q_OBJECT

public:
    explicit RoadmapTimeline(QWidget *parent = nullptr);
    ~RoadmapTimeline() override;

    void setStages(const QList<RoadmapStage> &stages);
    const QList<RoadmapStage> &stages() const { return m_stages; }

    // What a stage's row says besides its title: "Erledigt am 24.11.2026", "Jetzt · Sie sind
    // dran", "Als Nächstes", "Später"; the current one's what-happens-now follows it.
    QString stateText(int index) const;
    // The stage's row in widget coordinates.
    QRect stageRect(int index) const;
    // The stage the keyboard is on (-1: none yet).
    int focusedStage() const { return m_focused; }
    // The accessibility interfaces of the stages, in order (RoadmapTimeline.cpp's factory hands
    // them to screen readers).
    const QList<QAccessible::Id> &accessibleStages() const { return m_accessibleStages; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QRect rect;
        QRect title;
        QRect state;
        QRect now; // empty unless current with a now_text
    };
    QList<Row> layoutRows(int width) const;
    QString nowText(int index) const;
    // The state without the what-happens-now ("Jetzt · Sie sind dran"), the row's second line.
    QString stateLine(int index) const;
    void focusStage(int index);
    void paintMarker(QPainter &painter, const RoadmapStage &stage, const QPoint &centre) const;
    void refreshAccessibleStages();

    QList<RoadmapStage> m_stages;
    int m_focused = -1;
    QList<QAccessible::Id> m_accessibleStages; // one interface per stage, owned by QAccessible
};

} // namespace kp::client
