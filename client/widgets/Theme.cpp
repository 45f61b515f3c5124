#include "client/widgets/Theme.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QWidget>

#include <map>

namespace kp::client::theme {
namespace {

// A colour mixed towards white, for the soft backgrounds of badges and banners.
QColor soft(const QColor &color, double strength)
{
    const auto &white = QColor(Qt::white);
    return QColor::fromRgbF(float(color.redF() * strength + white.redF() * (1 - strength)),
                            float(color.greenF() * strength + white.greenF() * (1 - strength)),
                            float(color.blueF() * strength + white.blueF() * (1 - strength)));
}

std::map<QString, QColor> tokens()
{
    const auto &c = colors();
    return {
        {QStringLiteral("background"), c.background},
        {QStringLiteral("surface"), c.surface},
        {QStringLiteral("border"), c.border},
        {QStringLiteral("text"), c.text},
        {QStringLiteral("secondaryText"), c.secondaryText},
        {QStringLiteral("disabledText"), soft(c.secondaryText, 0.6)},
        {QStringLiteral("accent"), c.accent},
        {QStringLiteral("accentHover"), c.accent.darker(110)},
        {QStringLiteral("accentPressed"), c.accent.darker(125)},
        {QStringLiteral("accentDisabled"), soft(c.accent, 0.45)},
        {QStringLiteral("accentSoft"), soft(c.accent, 0.1)},
        {QStringLiteral("accentBorder"), soft(c.accent, 0.3)},
        {QStringLiteral("onAccent"), c.surface},
        {QStringLiteral("success"), c.success},
        {QStringLiteral("successSoft"), soft(c.success, 0.1)},
        {QStringLiteral("warning"), c.warning},
        {QStringLiteral("warningSoft"), soft(c.warning, 0.1)},
        {QStringLiteral("warningBorder"), soft(c.warning, 0.3)},
        {QStringLiteral("danger"), c.danger},
        {QStringLiteral("dangerSoft"), soft(c.danger, 0.08)},
        {QStringLiteral("dangerHover"), c.danger.darker(110)},
        {QStringLiteral("dangerBorder"), soft(c.danger, 0.3)},
    };
}

QString styleSheet()
{
    QFile file(QStringLiteral(":/style/kundenportal.qss"));
    file.open(QIODevice::ReadOnly);
    auto sheet = QString::fromUtf8(file.readAll());
    // Longest names first, so "@accentSoft" is not eaten by "@accent".
    const auto all = tokens();
    std::vector<std::pair<QString, QColor>> ordered(all.begin(), all.end());
    std::sort(ordered.begin(), ordered.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[name, color] : ordered)
        sheet.replace(QLatin1Char('@') + name, color.name());
    return sheet;
}

} // namespace

static QIcon renderIcon(const QString &name, const QColor &color);

const Colors &colors()
{
    static const Colors palette;
    return palette;
}

void apply(QApplication &app)
{
    for (const auto *weight : {"Regular", "Medium", "SemiBold", "Bold"})
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Inter-%1.otf").arg(QLatin1String(weight)));
    QFont font(QStringLiteral("Inter"));
    font.setPixelSize(13);
    app.setFont(font);

    // Fusion draws the same everywhere and honours the stylesheet fully.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const auto &c = colors();
    QPalette palette;
    palette.setColor(QPalette::Window, c.background);
    palette.setColor(QPalette::Base, c.surface);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::WindowText, c.text);
    palette.setColor(QPalette::ButtonText, c.text);
    palette.setColor(QPalette::Button, c.surface);
    palette.setColor(QPalette::Highlight, c.accent);
    palette.setColor(QPalette::HighlightedText, c.surface);
    palette.setColor(QPalette::PlaceholderText, c.secondaryText);
    app.setPalette(palette);
    app.setStyleSheet(styleSheet());
}

QIcon icon(const QString &name, const QColor &color)
{
    // Every card and page asks for the same few icons; each is read and rendered once.
    static QHash<QString, QIcon> rendered;
    const auto key = name + color.name();
    if (const auto found = rendered.constFind(key); found != rendered.constEnd())
        return *found;
    return rendered[key] = renderIcon(name, color);
}

static QIcon renderIcon(const QString &name, const QColor &color)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Adwaita's symbolic icons are drawn in one grey; recolouring the source keeps them crisp.
    auto svg = file.readAll();
    svg.replace("#2e3436", color.name().toLatin1());
    svg.replace("#2e3434", color.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon result;
    for (const int size : {16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        result.addPixmap(pixmap);
    }
    return result;
}

QPixmap logo(int size)
{
    constexpr int scale = 2;
    QPixmap pixmap(QSize(size, size) * scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QSvgRenderer(QStringLiteral(":/brand/logo.svg")).render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

void setStyleProperty(QWidget *widget, const char *name, const QVariant &value)
{
    if (widget->property(name) == value)
        return;
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace kp::client::theme
