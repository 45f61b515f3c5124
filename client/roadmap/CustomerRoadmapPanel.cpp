#include "client/roadmap/CustomerRoadmapPanel.h"

#include "client/widgets/Banner.h"
#include "client/widgets/Format.h"
#include "client/widgets/Theme.h"
#include "client/widgets/Toast.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {
namespace {

QString instant(const QDateTime &at)
{
    return format::date(at.toLocalTime().date());
}

QLabel *caption(const QString &text, const QString &objectName, const QString &tone = {})
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("caption"));
    if (!tone.isEmpty())
        label->setProperty("tone", tone);
    label->setWordWrap(true);
    return label;
}

} // namespace

CustomerRoadmapPanel::CustomerRoadmapPanel(ApiClient &api, QWidget *parent)
    : QFrame(parent)
    , m_api(api)
    , m_summary(new QLabel)
    , m_banner(new Banner(QStringLiteral("customerRoadmapBanner")))
    , m_stages(new QVBoxLayout)
    , m_upsellsTitle(new QLabel(tr("Offers")))
    , m_upsells(new QVBoxLayout)
{
    setObjectName(QStringLiteral("customerRoadmap"));
    setProperty("card", true);
    auto *title = new QLabel(tr("Path"));
    title->setProperty("role", QStringLiteral("sectionTitle"));
    m_summary->setObjectName(QStringLiteral("customerRoadmapSummary"));
    m_summary->setProperty("role", QStringLiteral("secondary"));
    m_summary->setWordWrap(true);
    m_banner->hide();
    m_upsellsTitle->setProperty("role", QStringLiteral("cardTitle"));
    m_stages->setSpacing(theme::spacing::s);
    m_upsells->setSpacing(theme::spacing::xs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xl, theme::spacing::xl, theme::spacing::xl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::m);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addLayout(m_stages);
    layout->addSpacing(theme::spacing::s);
    layout->addWidget(m_upsellsTitle);
    layout->addLayout(m_upsells);
    hide();
}

void CustomerRoadmapPanel::open(const Account &account)
{
    m_account = account;
    auto *load = m_loads.begin();
    hide();
    clearRows();
    m_api.customer(account.id)
        .onSuccess(load, [this](const AdminRoadmap &roadmap) { show(roadmap); })
        .onFailure(load, [this](const ApiError &error) {
            clearRows();
            m_summary->clear();
            m_banner->showMessage(Banner::Tone::Danger,
                                  tr("The customer's path could not be loaded: %1").arg(error.message()));
            QFrame::show();
        });
}

void CustomerRoadmapPanel::showDemo(const Account &account, const AdminRoadmap &roadmap, QDate today)
{
    m_loads.begin();
    m_account = account;
    m_today = today;
    show(roadmap);
}

void CustomerRoadmapPanel::clearRows()
{
    for (auto *layout : {m_stages, m_upsells}) {
        while (auto *item = layout->takeAt(0)) {
            if (auto *widget = item->widget()) {
                widget->hide();
                widget->deleteLater();
            }
            delete item;
        }
    }
}

void CustomerRoadmapPanel::show(const AdminRoadmap &roadmap)
{
    clearRows();
    m_banner->hide();
    QString current;
    for (const auto &stage : roadmap.stages) {
        m_stages->addWidget(stageRow(stage));
        if (stage.stage.isCurrent())
            current = stage.stage.title;
    }
    m_summary->setText(current.isEmpty() ? tr("%1 has reached the end of the path.").arg(m_account.name)
                                         : tr("%1 is at “%2”.").arg(m_account.name, current));
    for (const auto &upsell : roadmap.upsells)
        m_upsells->addWidget(upsellRow(upsell));
    m_upsellsTitle->setVisible(!roadmap.upsells.isEmpty());
    QFrame::show();
}

QWidget *CustomerRoadmapPanel::stageRow(const AdminRoadmapStage &entry)
{
    const auto &stage = entry.stage;
    const auto &id = stage.id;
    auto *row = new QWidget;
    row->setObjectName(QStringLiteral("customerStage_") + id);
    auto *title = new QLabel(stage.title);
    title->setProperty("role", stage.isCurrent() ? QStringLiteral("cardTitle") : QString());
    title->setWordWrap(true);
    QString state;
    if (stage.isDone()) {
        const auto how = entry.source == QLatin1String("admin")
            ? (entry.by.isEmpty() ? tr("by an admin") : tr("by %1").arg(entry.by))
            : tr("automatically");
        state = tr("Done on %1, %2").arg(instant(stage.completedAt), how);
    } else {
        state = stage.isCurrent() ? tr("Current stage") : tr("Not yet");
    }
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(title);
    text->addWidget(caption(state, QStringLiteral("customerStageState_") + id,
                            stage.isDone() ? QStringLiteral("success") : QString()));

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::s);
    auto *marker = new QLabel(stage.isDone()          ? QStringLiteral("✓")
                                  : stage.isCurrent() ? QStringLiteral("●")
                                                      : QStringLiteral("○"));
    marker->setFixedWidth(theme::spacing::l);
    layout->addWidget(marker, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    if (stage.isDone()) {
        auto *undo = new QPushButton(tr("Undo"));
        undo->setObjectName(QStringLiteral("customerStageUndo_") + id);
        undo->setProperty("variant", QStringLiteral("ghost"));
        undo->setToolTip(tr("Marks “%1” as not done.").arg(stage.title));
        connect(undo, &QPushButton::clicked, this, [this, id] { mark(id, StageMark {false, {}}); });
        layout->addWidget(undo, 0, Qt::AlignVCenter);
    } else {
        const auto today = m_today.isValid() ? m_today : QDate::currentDate();
        auto *day = new QDateEdit(today);
        day->setObjectName(QStringLiteral("customerStageDate_") + id);
        day->setCalendarPopup(true);
        day->setMaximumDate(today);
        // Four-digit years, as everywhere in the app (Format.h).
        auto shown = QLocale().dateFormat(QLocale::ShortFormat);
        if (!shown.contains(QStringLiteral("yyyy")))
            shown.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        day->setDisplayFormat(shown);
        day->setAccessibleName(tr("Done on"));
        auto *done = new QPushButton(tr("Mark done"));
        done->setObjectName(QStringLiteral("customerStageDone_") + id);
        connect(done, &QPushButton::clicked, this, [this, id, day] { mark(id, StageMark {true, day->date()}); });
        layout->addWidget(day, 0, Qt::AlignVCenter);
        layout->addWidget(done, 0, Qt::AlignVCenter);
    }
    return row;
}

QWidget *CustomerRoadmapPanel::upsellRow(const AdminRoadmapUpsell &entry)
{
    const auto &id = entry.upsell.id;
    QString state;
    QString tone;
    if (entry.interestedAt.isValid()) {
        state = tr("Interested on %1").arg(instant(entry.interestedAt));
        tone = QStringLiteral("success");
    } else if (entry.dismissedAt.isValid()) {
        state = tr("Hidden by the customer on %1").arg(instant(entry.dismissedAt));
    } else {
        state = entry.shown ? tr("Shown now") : tr("Not shown at this stage");
    }
    auto *row = new QWidget;
    row->setObjectName(QStringLiteral("customerUpsell_") + id);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::s);
    layout->addWidget(new QLabel(entry.upsell.title), 1);
    auto *stateLabel = caption(state, QStringLiteral("customerUpsellState_") + id, tone);
    stateLabel->setWordWrap(false);
    layout->addWidget(stateLabel);
    return row;
}

void CustomerRoadmapPanel::mark(const QString &stageId, const StageMark &mark)
{
    m_banner->hide();
    m_api.markStage(m_account.id, stageId, mark)
        .onSuccess(m_loads.current(),
                   [this, done = mark.done](const AdminRoadmap &roadmap) {
                       show(roadmap);
                       Toast::show(window(), done ? tr("Marked as done.") : tr("Marked as not done."));
                   })
        .onFailure(m_loads.current(), [this](const ApiError &error) {
            m_banner->showMessage(Banner::Tone::Danger, tr("The stage could not be changed: %1").arg(error.message()));
        });
}

} // namespace kp::client
