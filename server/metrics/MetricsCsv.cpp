#include "server/metrics/MetricsCsv.h"

#include "server/onboarding/CsvRows.h"
#include "shared/Money.h"

#include <QHash>
#include <QSet>

namespace kp::server::metrics {
namespace {

const QStringList kColumns {QStringLiteral("date"), QStringLiteral("leads"), QStringLiteral("spend"),
                            QStringLiteral("clicks"), QStringLiteral("impressions")};

MetricsCsv failure(int line, const QString &problem)
{
    MetricsCsv result;
    result.problemLine = line;
    result.problem = problem;
    return result;
}

QString decimalPoint(const QString &text)
{
    return text.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
}

} // namespace

MetricsCsv MetricsCsv::parse(const QByteArray &bytes)
{
    const auto csv = CsvRows::parse(bytes);
    if (!csv.problem.isEmpty())
        return failure(1,
                       csv.problem == QLatin1String("not_utf8") ? QStringLiteral("the file is not UTF-8 text")
                                                                : QStringLiteral("a quoted field never ends"));
    if (csv.rows.isEmpty())
        return failure(1, QStringLiteral("the file is empty"));
    QHash<QString, int> column;
    const auto &header = csv.rows.first();
    for (int i = 0; i < header.size(); ++i)
        column.insert(header[i].trimmed().toLower(), i);
    for (const auto &name : kColumns)
        if (!column.contains(name))
            return failure(1,
                           QStringLiteral("the header row has no column \"%1\" (needed: %2)")
                               .arg(name, kColumns.join(QStringLiteral(", "))));
    if (csv.rows.size() - 1 > kMaxRows)
        return failure(kMaxRows + 2, QStringLiteral("more than %1 days in one file").arg(kMaxRows));

    MetricsCsv result;
    QSet<QDate> seen;
    for (int index = 1; index < csv.rows.size(); ++index) {
        const auto &row = csv.rows[index];
        const int line = index + 1;
        if (std::all_of(row.begin(), row.end(), [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            continue;
        const auto cell = [&](const QString &name) { return row.value(column.value(name)).trimmed(); };
        DailyMetrics day;
        day.day = kp::metrics::fromApiDate(cell(QStringLiteral("date")));
        if (!day.day.isValid())
            return failure(
                line, QStringLiteral("date \"%1\" is not a date like 2026-12-05").arg(cell(QStringLiteral("date"))));
        if (seen.contains(day.day))
            return failure(line, QStringLiteral("%1 appears twice").arg(cell(QStringLiteral("date"))));
        seen.insert(day.day);
        const auto leads = money::parseMilli(decimalPoint(cell(QStringLiteral("leads"))));
        const auto spend = money::parseMicros(decimalPoint(cell(QStringLiteral("spend"))));
        bool clicksOk = false;
        bool impressionsOk = false;
        day.values.clicks = cell(QStringLiteral("clicks")).toLongLong(&clicksOk);
        day.values.impressions = cell(QStringLiteral("impressions")).toLongLong(&impressionsOk);
        if (!leads || *leads < 0)
            return failure(line, QStringLiteral("leads \"%1\" is not a number").arg(cell(QStringLiteral("leads"))));
        if (!spend || *spend < 0)
            return failure(line, QStringLiteral("spend \"%1\" is not an amount").arg(cell(QStringLiteral("spend"))));
        if (!clicksOk || day.values.clicks < 0)
            return failure(line,
                           QStringLiteral("clicks \"%1\" is not a whole number").arg(cell(QStringLiteral("clicks"))));
        if (!impressionsOk || day.values.impressions < 0)
            return failure(
                line,
                QStringLiteral("impressions \"%1\" is not a whole number").arg(cell(QStringLiteral("impressions"))));
        day.values.leadsMilli = *leads;
        day.values.spendMicros = *spend;
        result.days.append(day);
    }
    if (result.days.isEmpty())
        return failure(2, QStringLiteral("the file has a header but no days"));
    return result;
}

} // namespace kp::server::metrics
