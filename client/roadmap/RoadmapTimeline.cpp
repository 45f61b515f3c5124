#include "client/roadmap/RoadmapTimeline.h"

#include "client/widgets/Format.h"
#include "client/widgets/Theme.h"

#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>

#include <algorithm>
#include <climits>

namespace kp::client {
namespace {

constexpr int kGutter = 40;                 // the marker column
constexpr int kMarker = 22;                 // a marker's diameter
constexpr int kPadding = theme::spacing::m; // inside a row
constexpr int kRowGap = theme::spacing::xs; // between rows
constexpr int kLineGap = 2;                 // between title and state line
constexpr int kMinWidth = kGutter + 160;    // narrower and the titles wrap word by word
constexpr int kRadius = 8;

QFont sized(QFont font, int pixels, QFont::Weight weight)
{
    font.setPixelSize(pixels);
    font.setWeight(weight);
    return font;
}

QFont titleFont(const QFont &base, bool current)
{
    return current ? sized(base, 15, QFont::DemiBold) : sized(base, 13, QFont::Medium);
}

QFont stateFont(const QFont &base, bool current)
{
    return sized(base, 12, current ? QFont::DemiBold : QFont::Normal);
}

QFont bodyFont(const QFont &base)
{
    return sized(base, 13, QFont::Normal);
}

int wrappedHeight(const QFont &font, int width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetrics(font).boundingRect(QRect(0, 0, std::max(1, width), INT_MAX), Qt::TextWordWrap, text).height();
}

// One stage as a screen reader sees it: the title as its name, the state in words as its description.
class StageAccessible : public QAccessibleInterface {
public:
    StageAccessible(RoadmapTimeline *timeline, int index)
        : m_timeline(timeline)
        , m_index(index)
    {
    }

    bool isValid() const override { return m_timeline && m_index < m_timeline->stages().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_timeline ? m_timeline->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_timeline); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text kind) const override
    {
        if (!isValid())
            return {};
        if (kind == QAccessible::Name)
            return m_timeline->stages().at(m_index).title;
        if (kind == QAccessible::Description)
            return m_timeline->stateText(m_index);
        return {};
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const auto local = m_timeline->stageRect(m_index);
        return {m_timeline->mapToGlobal(local.topLeft()), local.size()};
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.focusable = true;
        state.readOnly = true;
        state.focused = isValid() && m_timeline->hasFocus() && m_timeline->focusedStage() == m_index;
        state.invisible = !isValid() || !m_timeline->isVisible();
        return state;
    }

private:
    QPointer<RoadmapTimeline> m_timeline;
    int m_index;
};

// The timeline as a list whose items are the stages.
class TimelineAccessible : public QAccessibleWidget {
public:
    explicit TimelineAccessible(RoadmapTimeline *timeline)
        : QAccessibleWidget(timeline, QAccessible::List)
    {
    }

    int childCount() const override { return int(timeline()->accessibleStages().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const auto &ids = timeline()->accessibleStages();
        return index >= 0 && index < ids.size() ? QAccessible::accessibleInterface(ids.at(index)) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return int(
            timeline()->accessibleStages().indexOf(QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child))));
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const auto local = timeline()->mapFromGlobal(QPoint(x, y));
        for (int i = 0; i < childCount(); ++i) {
            if (timeline()->stageRect(i).contains(local))
                return child(i);
        }
        return nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        return timeline()->hasFocus() ? child(timeline()->focusedStage()) : nullptr;
    }

private:
    RoadmapTimeline *timeline() const { return static_cast<RoadmapTimeline *>(widget()); }
};

QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("kp::client::RoadmapTimeline") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<RoadmapTimeline *>(object));
    return nullptr;
}

} // namespace

RoadmapTimeline::RoadmapTimeline(QWidget *parent)
    : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed)
    setObjectName(QStringLiteral("roadmapTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Your path"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

RoadmapTimeline::~RoadmapTimeline()
{
    for (const auto id : std::as_const(m_accessibleStages))
        QAccessible::deleteAccessibleInterface(id);
}

void RoadmapTimeline::setStages(const QList<RoadmapStage> &stages)
{
    m_stages = stages;
    m_focused = -1;
    for (int i = 0; i < m_stages.size() && m_focused < 0; ++i) {
        if (m_stages.at(i).isCurrent())
            m_focused = i;
    }
    refreshAccessibleStages();
    updateGeometry();
    update();
}

void RoadmapTimeline::refreshAccessibleStages()
{
    for (const auto id : std::as_const(m_accessibleStages))
        QAccessible::deleteAccessibleInterface(id);
    m_accessibleStages.clear();
    for (int i = 0; i < m_stages.size(); ++i)
        m_accessibleStages.append(QAccessible::registerAccessibleInterface(new StageAccessible(this, i)));
    QStringList summary;
    for (int i = 0; i < m_stages.size(); ++i)
        summary.append(m_stages.at(i).title + QStringLiteral(": ") + stateText(i));
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QString RoadmapTimeline::stateText(int index) const
{
    const auto line = stateLine(index);
    const auto now = index >= 0 && index < m_stages.size() ? nowText(index) : QString();
    return now.isEmpty() ? line : line + QStringLiteral(". ") + now;
}

QString RoadmapTimeline::stateLine(int index) const
{
    if (index < 0 || index >= m_stages.size())
        return {};
    const auto &stage = m_stages.at(index);
    if (stage.isDone()) {
        return stage.completedAt.isValid() ? tr("Done on %1").arg(format::date(stage.completedAt.toLocalTime().date()))
                                           : tr("Done");
    }
    if (stage.isCurrent()) {
        const auto who = stage.actor == QLatin1String("customer") ? tr("It's your turn") : tr("The agency is on it");
        return tr("Now · %1").arg(who);
    }
    const bool next = index > 0 && (m_stages.at(index - 1).isCurrent() || m_stages.at(index - 1).isDone());
    return next ? tr("Next") : tr("Later");
}

QString RoadmapTimeline::nowText(int index) const
{
    const auto &stage = m_stages.at(index);
    return stage.isCurrent() ? (stage.nowText.isEmpty() ? stage.description : stage.nowText) : QString();
}

QList<RoadmapTimeline::Row> RoadmapTimeline::layoutRows(int width) const
{
    QList<Row> rows;
    const int textLeft = kGutter + kPadding;
    const int textWidth = std::max(1, width - textLeft - kPadding);
    int y = 0;
    for (int i = 0; i < m_stages.size(); ++i) {
        const auto &stage = m_stages.at(i);
        const bool current = stage.isCurrent();
        // The what-happens-now gets its own paragraph below the state line.
        const auto state = stateLine(i);
        Row row;
        int top = y + kPadding;
        row.title = QRect(textLeft, top, textWidth, wrappedHeight(titleFont(font(), current), textWidth, stage.title));
        top = row.title.bottom() + 1 + kLineGap;
        row.state = QRect(textLeft, top, textWidth, wrappedHeight(stateFont(font(), current), textWidth, state));
        top = row.state.bottom() + 1;
        if (const auto now = nowText(i); !now.isEmpty()) {
            row.now
                = QRect(textLeft, top + theme::spacing::s, textWidth, wrappedHeight(bodyFont(font()), textWidth, now));
            top = row.now.bottom() + 1;
        }
        const int height = std::max(top + kPadding - y, kMarker + 2 * kPadding);
        row.rect = QRect(0, y, width, height);
        rows.append(row);
        y += height + kRowGap;
    }
    return rows;
}

QRect RoadmapTimeline::stageRect(int index) const
{
    const auto rows = layoutRows(width());
    return index >= 0 && index < rows.size() ? rows.at(index).rect : QRect();
}

int RoadmapTimeline::heightForWidth(int width) const
{
    const auto rows = layoutRows(width);
    return rows.isEmpty() ? 0 : rows.constLast().rect.bottom() + 1;
}

QSize RoadmapTimeline::sizeHint() const
{
    constexpr int kPreferredWidth = 480;
    return {kPreferredWidth, heightForWidth(kPreferredWidth)};
}

QSize RoadmapTimeline::minimumSizeHint() const
{
    return {kMinWidth, heightForWidth(kMinWidth)};
}

void RoadmapTimeline::paintMarker(QPainter &painter, const RoadmapStage &stage, const QPoint &centre) const
{
    const auto &colors = theme::colors();
    const QRectF circle(centre.x() - kMarker / 2.0, centre.y() - kMarker / 2.0, kMarker, kMarker);
    if (stage.isDone()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.accent);
        painter.drawEllipse(circle);
        QPainterPath check;
        check.moveTo(circle.left() + kMarker * 0.28, circle.top() + kMarker * 0.52);
        check.lineTo(circle.left() + kMarker * 0.44, circle.top() + kMarker * 0.68);
        check.lineTo(circle.left() + kMarker * 0.73, circle.top() + kMarker * 0.36);
        painter.setPen(QPen(colors.surface, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(check);
    } else if (stage.isCurrent()) {
        constexpr double kRing = 4;
        painter.setPen(QPen(colors.accent, kRing));
        painter.setBrush(colors.surface);
        painter.drawEllipse(circle.adjusted(kRing / 2, kRing / 2, -kRing / 2, -kRing / 2));
    } else {
        constexpr double kRing = 1.5;
        painter.setPen(QPen(colors.secondaryText, kRing));
        painter.setBrush(colors.surface);
        painter.drawEllipse(circle.adjusted(kRing / 2 + 2, kRing / 2 + 2, -kRing / 2 - 2, -kRing / 2 - 2));
    }
}

void RoadmapTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto &colors = theme::colors();
    const auto rows = layoutRows(width());
    const auto markerCentre = [&rows](int i) {
        const auto &row = rows.at(i);
        return QPoint(kGutter / 2, row.title.top() + std::min(row.title.height(), 20) / 2);
    };
    // The line between the markers: accent as far as the way is done.
    for (int i = 0; i + 1 < rows.size(); ++i) {
        const auto from = markerCentre(i);
        const auto to = markerCentre(i + 1);
        painter.setPen(QPen(m_stages.at(i).isDone() ? colors.accent : colors.border, 2));
        painter.drawLine(from.x(), from.y() + kMarker / 2 + 2, to.x(), to.y() - kMarker / 2 - 2);
    }
    for (int i = 0; i < rows.size(); ++i) {
        const auto &row = rows.at(i);
        const auto &stage = m_stages.at(i);
        const bool current = stage.isCurrent();
        if (current) {
            auto highlight = colors.accent;
            highlight.setAlpha(20);
            auto edge = colors.accent;
            edge.setAlpha(70);
            painter.setPen(QPen(edge, 1));
            painter.setBrush(highlight);
            painter.drawRoundedRect(QRectF(row.rect).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
        }
        if (hasFocus() && i == m_focused) {
            painter.setPen(QPen(colors.accent, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(row.rect).adjusted(1, 1, -1, -1), kRadius, kRadius);
        }
        paintMarker(painter, stage, markerCentre(i));
        painter.setPen(stage.isDone() || current ? colors.text : colors.secondaryText);
        painter.setFont(titleFont(font(), current));
        painter.drawText(row.title, Qt::TextWordWrap, stage.title);
        painter.setPen(current ? colors.accent : colors.secondaryText);
        painter.setFont(stateFont(font(), current));
        painter.drawText(row.state, Qt::TextWordWrap, stateLine(i));
        if (!row.now.isEmpty()) {
            painter.setPen(colors.text);
            painter.setFont(bodyFont(font()));
            painter.drawText(row.now, Qt::TextWordWrap, nowText(i));
        }
    }
}

void RoadmapTimeline::focusStage(int index)
{
    if (m_stages.isEmpty())
        return;
    m_focused = std::clamp(index, 0, int(m_stages.size()) - 1);
    update();
    if (QAccessible::isActive() && hasFocus()) {
        if (auto *child = QAccessible::accessibleInterface(m_accessibleStages.value(m_focused))) {
            QAccessibleEvent event(child, QAccessible::Focus);
            QAccessible::updateAccessibility(&event);
        }
    }
}

void RoadmapTimeline::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        focusStage(m_focused - 1);
        break;
    case Qt::Key_Down:
        focusStage(m_focused + 1);
        break;
    case Qt::Key_Home:
        focusStage(0);
        break;
    case Qt::Key_End:
        focusStage(int(m_stages.size()) - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RoadmapTimeline::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    focusStage(m_focused < 0 ? 0 : m_focused);
}

void RoadmapTimeline::mousePressEvent(QMouseEvent *event)
{
    const auto rows = layoutRows(width());
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).rect.contains(event->position().toPoint()))
            focusStage(i);
    }
    QWidget::mousePressEvent(event);
}

void RoadmapTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace kp::client
