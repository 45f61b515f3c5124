#include "server/metrics/MetricsCsv.h"

#include "server/onboarding/CsvRows.h"
#include "shared/Money.h"

#include <QHash>
#include <QSet>

namespace kp::server::metrics {
namespace {

using kp::metrics::MetricValues;

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

std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const auto value = text.toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

// The four number columns: how each is read and what the error says it should have been.
struct NumberField {
    const char *column;
    const char *expected;
    std::optional<qint64> (*parse)(const QString &text);
    qint64 MetricValues::*member;
};

const NumberField kNumberFields[] {
    {"leads", "a number", [](const QString &text) { return money::parseMilli(decimalPoint(text)); },
     &MetricValues::leadsMilli},
    {"spend", "an amount", [](const QString &text) { return money::parseMicros(decimalPoint(text)); },
     &MetricValues::spendMicros},
    {"clicks", "a whole number", wholeNumber, &MetricValues::clicks},
    {"impressions", "a whole number", wholeNumber, &MetricValues::impressions},
};

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
        for (const auto &field : kNumberFields) {
            const auto text = cell(QLatin1String(field.column));
            const auto value = field.parse(text);
            if (!value || *value < 0)
                return failure(line,
                               QStringLiteral("%1 \"%2\" is not %3")
                                   .arg(QLatin1String(field.column), text, QLatin1String(field.expected)));
            day.values.*field.member = *value;
        }
        result.days.append(day);
    }
    if (result.days.isEmpty())
        return failure(2, QStringLiteral("the file has a header but no days"));
    return result;
}

} // namespace kp::server::metrics
