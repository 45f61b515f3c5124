#include "client/dashboard/DashboardPage.h"

#include "client/dashboard/CustomPeriodDialog.h"
#include "client/dashboard/DashboardText.h"
#include "client/dashboard/KpiTile.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Card.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kp::client {
namespace {

using metrics::Granularity;

QString periodName(DashboardPeriod period)
{
    switch (period) {
    case DashboardPeriod::Today:
        return DashboardPage::tr("Today");
    case DashboardPeriod::Yesterday:
        return DashboardPage::tr("Yesterday");
    case DashboardPeriod::Last7Days:
        return DashboardPage::tr("Last 7 days");
    case DashboardPeriod::Last30Days:
        return DashboardPage::tr("Last 30 days");
    case DashboardPeriod::ThisMonth:
        return DashboardPage::tr("This month");
    case DashboardPeriod::LastMonth:
        return DashboardPage::tr("Last month");
    case DashboardPeriod::AllTime:
        return DashboardPage::tr("All time");
    case DashboardPeriod::Custom:
        return DashboardPage::tr("Custom period …");
    }
    return {};
}

std::optional<double> asOptional(double value)
{
    return value;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_header(new PageHeader(tr("Dashboard"), QString()))
    , m_periodBox(new QComboBox)
    , m_granularityButtons(new QButtonGroup(this))
    , m_staleBanner(new Banner(QStringLiteral("dashboardStaleBanner")))
    , m_errorBanner(new Banner(QStringLiteral("dashboardErrorBanner")))
    , m_state(new StatePanel)
    , m_content(new QWidget)
    , m_comparison(new QLabel)
    , m_metricBox(new QComboBox)
    , m_chart(new MetricsChart)
    , m_smallPrint(new QVBoxLayout)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_state->setObjectName(QStringLiteral("dashboardState"));
    m_staleBanner->hide();
    m_errorBanner->hide();
    m_header->addAction(buildSelectors());

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(theme::spacing::l);
    contentLayout->addWidget(buildTiles());
    contentLayout->addWidget(buildChartCard());
    m_content->hide();

    auto *inner = new QWidget;
    auto *column = new QVBoxLayout(inner);
    column->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl);
    column->setSpacing(theme::spacing::l);
    column->addWidget(m_header);
    column->addWidget(m_staleBanner);
    column->addWidget(m_errorBanner);
    column->addWidget(m_state);
    column->addWidget(m_content);
    column->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_state, &StatePanel::retryRequested, this, &DashboardPage::retryRequested);
    showHeaderContext();
}

QWidget *DashboardPage::buildSelectors()
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(theme::spacing::m);

    m_periodBox->setObjectName(QStringLiteral("dashboardPeriod"));
    m_periodBox->setAccessibleName(tr("Period"));
    for (const auto period : dashboardPeriods())
        m_periodBox->addItem(periodName(period), int(period));
    m_periodIndex = m_periodBox->findData(int(m_period));
    m_periodBox->setCurrentIndex(m_periodIndex);
    connect(m_periodBox, &QComboBox::activated, this, &DashboardPage::periodPicked);
    row->addWidget(m_periodBox);

    auto *segments = new QFrame;
    segments->setObjectName(QStringLiteral("dashboardGranularity"));
    segments->setProperty("segmented", true);
    segments->setAccessibleName(tr("Granularity"));
    auto *segmentRow = new QHBoxLayout(segments);
    segmentRow->setContentsMargins(2, 2, 2, 2);
    segmentRow->setSpacing(0);
    const QList<std::pair<Granularity, QString>> choices {{Granularity::Day, tr("Day")},
                                                          {Granularity::Week, tr("Week")},
                                                          {Granularity::Month, tr("Month")},
                                                          {Granularity::Total, tr("Total")}};
    for (const auto &[granularity, label] : choices) {
        auto *button = new QPushButton(label);
        button->setObjectName(QStringLiteral("granularity_") + metrics::granularityName(granularity));
        button->setProperty("segment", true);
        button->setCheckable(true);
        button->setChecked(granularity == m_granularity);
        m_granularityButtons->addButton(button, int(granularity));
        segmentRow->addWidget(button);
    }
    m_granularityButtons->setExclusive(true);
    connect(m_granularityButtons, &QButtonGroup::idClicked, this, [this](int id) {
        const auto chosen = static_cast<Granularity>(id);
        if (chosen == m_granularity)
            return;
        m_granularity = chosen;
        emit selectionChanged();
    });
    row->addWidget(segments);
    return box;
}

QWidget *DashboardPage::buildTiles()
{
    using S = KpiTile::Sentiment;
    auto *tiles = new QWidget;
    auto *grid = new QGridLayout(tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(theme::spacing::l);
    grid->setVerticalSpacing(theme::spacing::l);
    const QList<std::tuple<QString, QString, S, bool>> specs {
        {QStringLiteral("leads"), tr("Leads"), S::UpIsGood, true},
        {QStringLiteral("spend"), tr("Ad spend"), S::Neutral, true},
        {QStringLiteral("clicks"), tr("Clicks"), S::UpIsGood, true},
        {QStringLiteral("impressions"), tr("Impressions"), S::UpIsGood, true},
        {QStringLiteral("cpl"), tr("Cost per lead"), S::UpIsBad, false},
        {QStringLiteral("ctr"), tr("Click-through rate (CTR)"), S::UpIsGood, false},
        {QStringLiteral("cpc"), tr("Cost per click (CPC)"), S::UpIsBad, false},
    };
    int index = 0;
    for (const auto &[key, label, sentiment, large] : specs) {
        auto *tile = new KpiTile(key, label, sentiment, large);
        m_tiles.insert(key, tile);
        grid->addWidget(tile, index / 4, index % 4);
        ++index;
    }
    // The fourth cell of the second row: what the changes compare with.
    auto *comparison = new QFrame;
    comparison->setObjectName(QStringLiteral("kpi_comparison"));
    comparison->setProperty("card", true);
    auto *layout = new QVBoxLayout(comparison);
    layout->setContentsMargins(theme::spacing::l, theme::spacing::m, theme::spacing::l, theme::spacing::m);
    layout->setSpacing(theme::spacing::xs);
    auto *caption = new QLabel(tr("Changes compared with"));
    caption->setProperty("role", QStringLiteral("caption"));
    m_comparison->setObjectName(QStringLiteral("dashboardComparison"));
    m_comparison->setWordWrap(true);
    layout->addWidget(caption);
    layout->addWidget(m_comparison);
    layout->addStretch();
    grid->addWidget(comparison, 1, 3);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    return tiles;
}

QWidget *DashboardPage::buildChartCard()
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("Over time"), QStringLiteral("dashboardChartCard"));
    // The metric selector sits on the title's line, to the right.
    auto *title = content->itemAt(0)->widget();
    content->removeWidget(title);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch();
    m_metricBox->setObjectName(QStringLiteral("dashboardMetric"));
    m_metricBox->setAccessibleName(tr("Metric shown in the chart"));
    for (const auto metric : {MetricsChart::Metric::Leads, MetricsChart::Metric::Spend, MetricsChart::Metric::Clicks,
                              MetricsChart::Metric::Impressions})
        m_metricBox->addItem(MetricsChart::metricName(metric), int(metric));
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, &DashboardPage::showChart);
    titleRow->addWidget(m_metricBox);
    content->insertLayout(0, titleRow);
    content->addWidget(m_chart, 1);

    auto *divider = new QFrame;
    divider->setProperty("divider", true);
    content->addWidget(divider);
    auto *smallPrint = new QWidget;
    smallPrint->setObjectName(QStringLiteral("dashboardSmallPrint"));
    m_smallPrint->setParent(nullptr);
    smallPrint->setLayout(m_smallPrint);
    m_smallPrint->setContentsMargins(0, 0, 0, 0);
    m_smallPrint->setSpacing(2);
    content->addWidget(smallPrint);
    return card;
}

void DashboardPage::setToday(QDate today)
{
    m_today = today;
    showHeaderContext();
}

metrics::DateSpan DashboardPage::span() const
{
    return m_period == DashboardPeriod::Custom ? m_custom : periodSpan(m_period, m_today);
}

void DashboardPage::select(DashboardPeriod period, Granularity granularity, const metrics::DateSpan &custom)
{
    m_period = period;
    m_custom = custom;
    m_granularity = granularity;
    m_periodIndex = m_periodBox->findData(int(period));
    m_periodBox->setCurrentIndex(m_periodIndex);
    if (auto *button = m_granularityButtons->button(int(granularity)))
        button->setChecked(true);
    showHeaderContext();
}

void DashboardPage::selectMetric(MetricsChart::Metric metric)
{
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(metric)));
}

void DashboardPage::periodPicked(int index)
{
    const auto period = static_cast<DashboardPeriod>(m_periodBox->itemData(index).toInt());
    if (period == DashboardPeriod::Custom) {
        openCustomPeriod();
        return;
    }
    m_periodIndex = index;
    if (period == m_period)
        return;
    m_period = period;
    // Three years of single days are no chart: all time starts by months.
    if (period == DashboardPeriod::AllTime && m_granularity == Granularity::Day) {
        m_granularity = Granularity::Month;
        m_granularityButtons->button(int(m_granularity))->setChecked(true);
    }
    showHeaderContext();
    emit selectionChanged();
}

void DashboardPage::openCustomPeriod()
{
    if (!m_customDialog)
        m_customDialog = new CustomPeriodDialog(span(), m_today, this);
    else
        m_customDialog->setSpan(span());
    // Back to what was chosen until the dialog says otherwise.
    m_periodBox->setCurrentIndex(m_periodIndex);
    connect(
        m_customDialog, &QDialog::finished, this,
        [this](int result) {
            if (result != QDialog::Accepted)
                return;
            m_custom = m_customDialog->span();
            m_period = DashboardPeriod::Custom;
            m_periodIndex = m_periodBox->findData(int(DashboardPeriod::Custom));
            m_periodBox->setCurrentIndex(m_periodIndex);
            showHeaderContext();
            emit selectionChanged();
        },
        Qt::SingleShotConnection);
    m_customDialog->open();
}

void DashboardPage::showHeaderContext()
{
    const auto current = span();
    if (m_period == DashboardPeriod::AllTime) {
        m_header->setSubtitle(tr("All figures since the accounts were connected (up to %1)")
                                  .arg(DashboardText::span(current).section(QStringLiteral(" – "), 1)));
        return;
    }
    m_header->setSubtitle(DashboardText::span(current));
}

void DashboardPage::showLoading()
{
    if (m_hasReport)
        return; // the last figures stay while the new ones load
    m_content->hide();
    m_state->showLoading(tr("Loading your figures …"));
}

void DashboardPage::showLoadError(const QString &message)
{
    if (m_hasReport) {
        m_errorBanner->showMessage(Banner::Tone::Danger, message);
        m_errorBanner->show();
        return;
    }
    m_content->hide();
    m_staleBanner->hide();
    m_state->showError(message);
}

void DashboardPage::showReport(const metrics::MetricsReport &report)
{
    m_report = report;
    m_errorBanner->hide();
    if (report.sources.isEmpty()) {
        m_hasReport = false;
        m_content->hide();
        m_staleBanner->hide();
        m_state->showEmpty(QStringLiteral("insert-link"), tr("No ad account connected yet"),
                           tr("Your agency connects your Facebook and Google Ads accounts. As soon as that is done, "
                              "your leads, ad spend, clicks and impressions appear here."));
        return;
    }
    m_hasReport = true;
    m_state->clear();
    if (const auto notice = DashboardText::staleNotice(report.sources); !notice.isEmpty()) {
        m_staleBanner->showMessage(Banner::Tone::Warning, notice);
        m_staleBanner->show();
    } else {
        m_staleBanner->hide();
    }

    const auto &now = report.totals;
    const auto &before = report.previous;
    const bool comparable = report.previousRange.has_value();
    const auto previous = [comparable](std::optional<double> value) { return comparable ? value : std::nullopt; };
    const auto &currency = report.currency;
    const auto moneyOf = [](const std::optional<QString> &decimal) -> std::optional<double> {
        if (!decimal)
            return std::nullopt;
        return decimal->toDouble(); // the change only; the figure shown is formatted exactly
    };
    const auto prevText = [comparable](const QString &text) { return comparable ? text : QString(); };
    m_tiles.value(QStringLiteral("leads"))
        ->setValue(DashboardText::leads(now.leadsMilli),
                   DashboardText::change(asOptional(now.leads()), previous(asOptional(before.leads()))),
                   prevText(DashboardText::leads(before.leadsMilli)));
    m_tiles.value(QStringLiteral("spend"))
        ->setValue(DashboardText::money(now.spendMicros, currency),
                   DashboardText::change(asOptional(double(now.spendMicros)),
                                         previous(asOptional(double(before.spendMicros)))),
                   prevText(DashboardText::money(before.spendMicros, currency)));
    m_tiles.value(QStringLiteral("clicks"))
        ->setValue(DashboardText::count(now.clicks),
                   DashboardText::change(asOptional(double(now.clicks)), previous(asOptional(double(before.clicks)))),
                   prevText(DashboardText::count(before.clicks)));
    m_tiles.value(QStringLiteral("impressions"))
        ->setValue(DashboardText::count(now.impressions),
                   DashboardText::change(asOptional(double(now.impressions)),
                                         previous(asOptional(double(before.impressions)))),
                   prevText(DashboardText::count(before.impressions)));
    m_tiles.value(QStringLiteral("cpl"))
        ->setValue(DashboardText::money(now.costPerLead(), currency),
                   DashboardText::change(moneyOf(now.costPerLead()), previous(moneyOf(before.costPerLead()))),
                   prevText(DashboardText::money(before.costPerLead(), currency)));
    m_tiles.value(QStringLiteral("ctr"))
        ->setValue(DashboardText::percent(now.clickThroughRate()),
                   DashboardText::change(now.clickThroughRate(), previous(before.clickThroughRate())),
                   prevText(DashboardText::percent(before.clickThroughRate())));
    m_tiles.value(QStringLiteral("cpc"))
        ->setValue(DashboardText::money(now.costPerClick(), currency),
                   DashboardText::change(moneyOf(now.costPerClick()), previous(moneyOf(before.costPerClick()))),
                   prevText(DashboardText::money(before.costPerClick(), currency)));
    m_comparison->setText(comparable ? DashboardText::span(*report.previousRange)
                                     : tr("Nothing: all time has no period before it."));

    showChart();
    showSmallPrint(report);
    m_content->show();
}

void DashboardPage::showChart()
{
    if (!m_hasReport)
        return;
    m_chart->showReport(m_report, static_cast<MetricsChart::Metric>(m_metricBox->currentData().toInt()));
}

void DashboardPage::showSmallPrint(const metrics::MetricsReport &report)
{
    while (auto *item = m_smallPrint->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int index = 0;
    for (const auto &source : report.sources) {
        auto *line = new QLabel(DashboardText::smallPrint(source));
        line->setObjectName(QStringLiteral("smallPrint_%1").arg(index++));
        line->setProperty("role", QStringLiteral("caption"));
        line->setWordWrap(true);
        m_smallPrint->addWidget(line);
    }
}

} // namespace kp::client
